-- wrk script: POST /v2/otp/request with the form body PHP and curl clients send. The key and
-- secret are those of the app run-wrk.sh writes into the apps file of "otpctl sandbox". The
-- bare route gets the same request, so both servers parse the same bytes.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "key=1234567890123456&secret=0123456789abcdef0123456789abcdef&msisdn=0812345678"
