# One INTERFACE target carries the compile options and definitions every target of the
# project shares, so no target repeats flags (qBittorrent's CommonConfig habit).
add_library(otp_common_config INTERFACE)
add_library(Otp::CommonConfig ALIAS otp_common_config)

target_compile_definitions(otp_common_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    OTP_VERSION_STRING="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(otp_common_config INTERFACE -Wall -Wextra -Wpedantic)
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        # qCWarning(category) << ... is Qt's documented use; clang's -Wpedantic flags every one.
        target_compile_options(otp_common_config INTERFACE -Wno-gnu-zero-variadic-macro-arguments)
    endif()
    if(OTP_WERROR)
        target_compile_options(otp_common_config INTERFACE -Werror)
    endif()
    if(OTP_SANITIZE)
        target_compile_options(otp_common_config INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(otp_common_config INTERFACE -fsanitize=address,undefined)
    endif()
    if(OTP_LLD)
        # GNU ld took about 1 s of CPU and 7 s of waiting per test executable, lld 0.3 s.
        find_program(OTP_LD_LLD NAMES ld.lld)
        if(OTP_LD_LLD)
            target_link_options(otp_common_config INTERFACE -fuse-ld=lld)
        else()
            message(WARNING "OTP_LLD: ld.lld not found, linking with the default linker")
        endif()
    endif()
    if(OTP_FUZZ)
        # Coverage for libFuzzer's guidance in every object; only fuzz_<name> links its main.
        target_compile_options(otp_common_config INTERFACE -fsanitize=fuzzer-no-link)
        target_link_options(otp_common_config INTERFACE -fsanitize=fuzzer-no-link)
    endif()
elseif(MSVC)
    target_compile_options(otp_common_config INTERFACE /W4 /utf-8 /permissive-)
    if(OTP_WERROR)
        target_compile_options(otp_common_config INTERFACE /WX)
    endif()
    if(OTP_SANITIZE)
        target_compile_options(otp_common_config INTERFACE /fsanitize=address)
    endif()
endif()
