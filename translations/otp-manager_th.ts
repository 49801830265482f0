<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AppDetailsPane</name>
    <message numerus="yes">
        <source>%1 (%n minute(s))</source>
        <translation>
            <numerusform>%1 (%n นาที)</numerusform>
        </translation>
    </message>
    <message>
        <source>Any address</source>
        <translation>ทุกที่อยู่ IP</translation>
    </message>
    <message>
        <source>Select an app to see its settings, App Key and App Secret.</source>
        <translation>เลือกแอปเพื่อดูการตั้งค่า App Key และ App Secret ของแอป</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>สภาพแวดล้อม:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Base URL:</translation>
    </message>
    <message>
        <source>Contact email:</source>
        <translation>อีเมลผู้ติดต่อ:</translation>
    </message>
    <message>
        <source>Contact name:</source>
        <translation>ชื่อผู้ติดต่อ:</translation>
    </message>
    <message>
        <source>Digits:</source>
        <translation>จำนวนหลัก:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>ระยะเวลาหมดอายุ:</translation>
    </message>
    <message>
        <source>Message template:</source>
        <translation>เทมเพลตข้อความ:</translation>
    </message>
    <message>
        <source>Trusted IP range:</source>
        <translation>ช่วง IP ที่เชื่อถือได้:</translation>
    </message>
    <message>
        <source>App Key:</source>
        <translation>App Key:</translation>
    </message>
    <message>
        <source>App Secret:</source>
        <translation>App Secret:</translation>
    </message>
    <message>
        <source>App Key</source>
        <translation>App Key</translation>
    </message>
    <message>
        <source>App Secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>Copy App Key</source>
        <translation>คัดลอก App Key</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>ซ่อน</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>Shows the secret from the keychain for 30 seconds</source>
        <translation>แสดง App Secret จากคีย์เชนเป็นเวลา 30 วินาที</translation>
    </message>
    <message>
        <source>Copy App Secret</source>
        <translation>คัดลอก App Secret</translation>
    </message>
    <message>
        <source>%1: fails with %2</source>
        <extracomment>A test number and its fixed code: &quot;+66800000001: code 123456&quot;.</extracomment>
        <translation>%1: ล้มเหลวด้วย %2</translation>
    </message>
    <message>
        <source>%1: code %2</source>
        <translation>%1: รหัส %2</translation>
    </message>
    <message>
        <source>Test numbers:</source>
        <translation>หมายเลขทดสอบ:</translation>
    </message>
    <message>
        <source>The App Secret was cleared from the clipboard.</source>
        <translation>ล้าง App Secret ออกจากคลิปบอร์ดแล้ว</translation>
    </message>
    <message>
        <source>Copied the App Key of “%1”.</source>
        <translation>คัดลอก App Key ของ “%1” แล้ว</translation>
    </message>
    <message numerus="yes">
        <source>Copied the App Secret of “%1”; it is cleared from the clipboard in %n second(s).</source>
        <translation>
            <numerusform>คัดลอก App Secret ของ “%1” แล้ว และจะถูกล้างออกจากคลิปบอร์ดใน %n วินาที</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppEditorDialog</name>
    <message>
        <source>Add OTP App</source>
        <translation>เพิ่มแอป OTP</translation>
    </message>
    <message>
        <source>Edit OTP App</source>
        <translation>แก้ไขแอป OTP</translation>
    </message>
    <message>
        <source>Duplicate OTP App</source>
        <translation>ทำสำเนาแอป OTP</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>ชื่อแอป</translation>
    </message>
    <message>
        <source>e.g. My Shop</source>
        <translation>เช่น ร้านของฉัน</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>อีเมลผู้ติดต่อ</translation>
    </message>
    <message>
        <source>e.g. qa@example.com</source>
        <translation>เช่น qa@example.com</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>ชื่อผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Number of digits</source>
        <translation>จำนวนหลักของรหัส OTP</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> หลัก</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>เทมเพลตข้อความ</translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation>แทรก:</translation>
    </message>
    <message>
        <source>The OTP code (required, exactly once)</source>
        <translation>รหัส OTP (จำเป็นต้องมี และใส่ได้เพียงครั้งเดียว)</translation>
    </message>
    <message>
        <source>The reference number, e.g. T3A57</source>
        <translation>เลขอ้างอิง (Ref) เช่น T3A57</translation>
    </message>
    <message>
        <source>The app name</source>
        <translation>ชื่อแอป</translation>
    </message>
    <message>
        <source>The expiry period in minutes</source>
        <translation>ระยะเวลาหมดอายุเป็นนาที</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>แทรก %1</translation>
    </message>
    <message>
        <source>Expiry period (HH:mm)</source>
        <translation>ระยะเวลาหมดอายุ (HH:mm)</translation>
    </message>
    <message>
        <source>From 00:05 (5 minutes) to 11:00 (11 hours)</source>
        <translation>ตั้งแต่ 00:05 (5 นาที) ถึง 11:00 (11 ชั่วโมง)</translation>
    </message>
    <message>
        <source>Trusted IP range</source>
        <translation>ช่วง IP ที่เชื่อถือได้</translation>
    </message>
    <message>
        <source>203.0.113.7
203.0.113.0/24</source>
        <translation>203.0.113.7
203.0.113.0/24</translation>
    </message>
    <message>
        <source>One address or CIDR block per line. Leave empty to allow any address.</source>
        <translation>บรรทัดละหนึ่งที่อยู่ IP หรือหนึ่งบล็อก CIDR เว้นว่างไว้เพื่ออนุญาตทุกที่อยู่</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>สภาพแวดล้อม</translation>
    </message>
    <message>
        <source>Sandbox (this computer, no SMS credit)</source>
        <translation>แซนด์บ็อกซ์ (ในเครื่องนี้ ไม่ใช้เครดิต SMS)</translation>
    </message>
    <message>
        <source>Live (otp.thaibulksms.com)</source>
        <translation>Live ใช้งานจริง (otp.thaibulksms.com)</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>URL กำหนดเอง</translation>
    </message>
    <message>
        <source>A sandbox app gets a generated App Key and App Secret when it is saved.</source>
        <translation>แอปแซนด์บ็อกซ์จะได้รับ App Key และ App Secret ที่สร้างขึ้นโดยอัตโนมัติเมื่อบันทึก</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <source>App Key</source>
        <translation>App Key</translation>
    </message>
    <message>
        <source>16 digits from the dashboard</source>
        <translation>ตัวเลข 16 หลักจากแดชบอร์ด</translation>
    </message>
    <message>
        <source>App Secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved secret</source>
        <translation>เว้นว่างไว้เพื่อใช้ App Secret ที่บันทึกไว้เดิม</translation>
    </message>
    <message>
        <source>32 characters from the dashboard</source>
        <translation>32 ตัวอักษรจากแดชบอร์ด</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>ซ่อน</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>Hide App Secret</source>
        <translation>ซ่อน App Secret</translation>
    </message>
    <message>
        <source>Show App Secret</source>
        <translation>แสดง App Secret</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>สร้าง</translation>
    </message>
    <message>
        <source>App &amp;name</source>
        <translation>ชื่อแอป (&amp;N)</translation>
    </message>
    <message>
        <source>Contact &amp;email</source>
        <translation>อีเมลผู้ติดต่อ (&amp;E)</translation>
    </message>
    <message>
        <source>Contact na&amp;me</source>
        <translation>ชื่อผู้ติดต่อ (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Digits</source>
        <translation>จำนวนหลัก (&amp;D)</translation>
    </message>
    <message>
        <source>Message &amp;template</source>
        <translation>เทมเพลตข้อความ (&amp;T)</translation>
    </message>
    <message>
        <source>E&amp;xpiry (HH:mm)</source>
        <translation>ระยะเวลาหมดอายุ (HH:mm) (&amp;X)</translation>
    </message>
    <message>
        <source>Trusted &amp;IP range</source>
        <translation>ช่วง &amp;IP ที่เชื่อถือได้</translation>
    </message>
    <message>
        <source>En&amp;vironment</source>
        <translation>สภาพแวดล้อม (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>&amp;Base URL</translation>
    </message>
    <message>
        <source>App &amp;Key</source>
        <translation>App &amp;Key</translation>
    </message>
    <message>
        <source>App &amp;Secret</source>
        <translation>App &amp;Secret</translation>
    </message>
    <message>
        <source>Fix these first:</source>
        <translation>โปรดแก้ไขรายการต่อไปนี้ก่อน:</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>ละทิ้งการเปลี่ยนแปลงหรือไม่</translation>
    </message>
    <message>
        <source>The changes to this app have not been saved.</source>
        <translation>การเปลี่ยนแปลงของแอปนี้ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ละทิ้ง</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>แก้ไขต่อ</translation>
    </message>
    <message>
        <source>Test n&amp;umbers</source>
        <translation>หมายเลขทดสอบ (&amp;U)</translation>
    </message>
    <message>
        <source>This app keeps its App Key and App Secret: saving changes only what is in this form.</source>
        <translation>แอปนี้ยังคงใช้ App Key และ App Secret เดิม การบันทึกจะเปลี่ยนเฉพาะสิ่งที่อยู่ในฟอร์มนี้</translation>
    </message>
</context>
<context>
    <name>AppEditorFlow</name>
    <message>
        <source>The app was not saved</source>
        <translation>บันทึกแอปไม่สำเร็จ</translation>
    </message>
    <message>
        <source>The app was not created</source>
        <translation>สร้างแอปไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>บันทึก “%1” แล้ว</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>สร้าง “%1” แล้ว</translation>
    </message>
</context>
<context>
    <name>AppImporter</name>
    <message>
        <source>“%1” must be %2. Correct it in the file and import again.</source>
        <translation>“%1” ต้องเป็น%2 โปรดแก้ไขในไฟล์แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <source>text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>จำนวนเต็ม</translation>
    </message>
    <message>
        <source>text such as &quot;00:05&quot;</source>
        <translation>ข้อความ เช่น &quot;00:05&quot;</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>รายการข้อความ</translation>
    </message>
    <message>
        <source>“environment” is missing. Add &quot;sandbox&quot;, &quot;live&quot; or &quot;custom&quot; to the app in the file.</source>
        <translation>ไม่มี “environment” โปรดเพิ่ม &quot;sandbox&quot;, &quot;live&quot; หรือ &quot;custom&quot; ให้กับแอปนี้ในไฟล์</translation>
    </message>
    <message>
        <source>“environment” is “%1”; it must be &quot;sandbox&quot;, &quot;live&quot; or &quot;custom&quot;.</source>
        <translation>“environment” มีค่าเป็น “%1” แต่ต้องเป็น &quot;sandbox&quot;, &quot;live&quot; หรือ &quot;custom&quot;</translation>
    </message>
    <message>
        <source>not text</source>
        <translation>ค่าที่ไม่ใช่ข้อความ</translation>
    </message>
    <message>
        <source>Could not open %1: %2. Check the file name and that you may read it.</source>
        <translation>ไม่สามารถเปิด %1: %2 โปรดตรวจสอบชื่อไฟล์และสิทธิ์ในการอ่านไฟล์</translation>
    </message>
    <message>
        <source>%1 is too large for an apps file (more than %2 MB). Choose a file exported by OTP Manager.</source>
        <translation>%1 มีขนาดใหญ่เกินกว่าจะเป็นไฟล์แอป (เกิน %2 MB) โปรดเลือกไฟล์ที่ส่งออกจาก OTP Manager</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at character %2), so it is not an apps file of OTP Manager. Choose a file made with Export, or correct it.</source>
        <translation>ไฟล์นี้ไม่ใช่ JSON ที่ถูกต้อง (%1 ที่ตัวอักษรที่ %2) จึงไม่ใช่ไฟล์แอปของ OTP Manager โปรดเลือกไฟล์ที่สร้างด้วยคำสั่งส่งออก หรือแก้ไขไฟล์ให้ถูกต้อง</translation>
    </message>
    <message>
        <source>This JSON file is not an OTP Manager apps file: its “format” must be “%1”. Choose a file made with Export.</source>
        <translation>ไฟล์ JSON นี้ไม่ใช่ไฟล์แอปของ OTP Manager: ค่า “format” ต้องเป็น “%1” โปรดเลือกไฟล์ที่สร้างด้วยคำสั่งส่งออก</translation>
    </message>
    <message>
        <source>The file uses version %1 of the apps format; this OTP Manager reads version %2 only. Update OTP Manager to import it.</source>
        <translation>ไฟล์นี้ใช้รูปแบบไฟล์แอปเวอร์ชัน %1 แต่ OTP Manager เวอร์ชันนี้อ่านได้เฉพาะเวอร์ชัน %2 โปรดอัปเดต OTP Manager เพื่อนำเข้าไฟล์นี้</translation>
    </message>
    <message>
        <source>The file has no “apps” list. Choose a file made with Export.</source>
        <translation>ไฟล์นี้ไม่มีรายการ “apps” โปรดเลือกไฟล์ที่สร้างด้วยคำสั่งส่งออก</translation>
    </message>
    <message>
        <source>This entry is not an app (a JSON object with &quot;name&quot;, &quot;environment&quot;, ...). Remove or correct it.</source>
        <translation>รายการนี้ไม่ใช่แอป (ออบเจ็กต์ JSON ที่มี &quot;name&quot;, &quot;environment&quot;, ...) โปรดลบหรือแก้ไขรายการนี้</translation>
    </message>
    <message>
        <source>The app has a “secret” but no “key”, so new sandbox credentials will be made for it.</source>
        <translation>แอปนี้มี “secret” แต่ไม่มี “key” จึงจะสร้าง App Key และ App Secret ของแซนด์บ็อกซ์ชุดใหม่ให้</translation>
    </message>
    <message>
        <source>The “secret” in the file was ignored: secrets of live and custom apps are only taken from the app&apos;s form. Enter it there after the import.</source>
        <translation>ระบบไม่ใช้ “secret” ในไฟล์: App Secret ของแอป Live และแอป URL กำหนดเองจะรับจากแบบฟอร์มของแอปเท่านั้น โปรดกรอกในแบบฟอร์มหลังนำเข้า</translation>
    </message>
    <message>
        <source>App %1</source>
        <translation>แอปที่ %1</translation>
    </message>
    <message>
        <source>App %1 (“%2”)</source>
        <translation>แอปที่ %1 (“%2”)</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>“%1” contains invalid text: a \u escape of half a character (a lone surrogate such as \ud800). Correct it in the file and import again.</source>
        <translation>“%1” มีข้อความที่ไม่ถูกต้อง: มีการเขียน \u แทนอักขระเพียงครึ่งตัว (surrogate ที่อยู่โดดเดี่ยว เช่น \ud800) แก้ไขในไฟล์แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <source>“%1” contains invalid text (“%2”): a \u escape of half a character (a lone surrogate such as \ud800). Correct it in the file and import again.</source>
        <translation>“%1” มีข้อความที่ไม่ถูกต้อง (“%2”): มีการเขียน \u แทนอักขระเพียงครึ่งตัว (surrogate ที่อยู่โดดเดี่ยว เช่น \ud800) แก้ไขในไฟล์แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <source>The file&apos;s “version” is empty text; it must be the number %1. Correct the file, or export the apps again.</source>
        <translation>“version” ของไฟล์เป็นข้อความว่าง ต้องเป็นตัวเลข %1 แก้ไขไฟล์ หรือส่งออกแอปอีกครั้ง</translation>
    </message>
    <message>
        <source>The file&apos;s “version” is the text &quot;%1&quot;; it must be the number %2, written without quotes. Correct the file, or export the apps again.</source>
        <translation>“version” ของไฟล์เป็นข้อความ &quot;%1&quot; ต้องเป็นตัวเลข %2 โดยไม่มีเครื่องหมายคำพูด แก้ไขไฟล์ หรือส่งออกแอปอีกครั้ง</translation>
    </message>
    <message>
        <source>The file&apos;s “version” is null; it must be the number %1. Correct the file, or export the apps again.</source>
        <translation>“version” ของไฟล์เป็น null ต้องเป็นตัวเลข %1 แก้ไขไฟล์ หรือส่งออกแอปอีกครั้ง</translation>
    </message>
    <message>
        <source>The file&apos;s “version” is %1 (true or false); it must be the number %2. Correct the file, or export the apps again.</source>
        <translation>“version” ของไฟล์เป็น %1 (ค่าจริงหรือเท็จ) ต้องเป็นตัวเลข %2 แก้ไขไฟล์ หรือส่งออกแอปอีกครั้ง</translation>
    </message>
    <message>
        <source>The file&apos;s “version” is a list; it must be the number %1. Correct the file, or export the apps again.</source>
        <translation>“version” ของไฟล์เป็นรายการ ต้องเป็นตัวเลข %1 แก้ไขไฟล์ หรือส่งออกแอปอีกครั้ง</translation>
    </message>
    <message>
        <source>The file&apos;s “version” is an object; it must be the number %1. Correct the file, or export the apps again.</source>
        <translation>“version” ของไฟล์เป็นออบเจกต์ ต้องเป็นตัวเลข %1 แก้ไขไฟล์ หรือส่งออกแอปอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>AppRepository</name>
    <message>
        <source>An app with the id %1 already exists. Import it as a new app instead.</source>
        <translation>มีแอปที่ใช้ id %1 อยู่แล้ว โปรดนำเข้าเป็นแอปใหม่แทน</translation>
    </message>
    <message>
        <source>Could not save the app “%1”: %2. Check that the disk is not full and the data folder %3 is writable.</source>
        <translation>ไม่สามารถบันทึกแอป “%1”: %2 โปรดตรวจสอบว่าดิสก์ไม่เต็มและโฟลเดอร์ข้อมูล %3 สามารถเขียนได้</translation>
    </message>
    <message>
        <source>Could not start saving to the database: %1. Close other programs that use it and try again.</source>
        <translation>ไม่สามารถเริ่มบันทึกลงฐานข้อมูล: %1 โปรดปิดโปรแกรมอื่นที่ใช้ฐานข้อมูลนี้อยู่แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Could not save to the database: %1. Check that the disk is not full and try again.</source>
        <translation>ไม่สามารถบันทึกลงฐานข้อมูล: %1 โปรดตรวจสอบว่าดิสก์ไม่เต็มแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Could not save the app “%1”: %2. Check that the disk is not full and the data folder is writable.</source>
        <translation>ไม่สามารถบันทึกแอป “%1”: %2 โปรดตรวจสอบว่าดิสก์ไม่เต็มและโฟลเดอร์ข้อมูลสามารถเขียนได้</translation>
    </message>
    <message>
        <source>The app “%1” no longer exists; it may have been deleted. Create it again.</source>
        <translation>ไม่พบแอป “%1” แล้ว แอปอาจถูกลบไปแล้ว โปรดสร้างแอปนี้อีกครั้ง</translation>
    </message>
    <message>
        <source>Could not delete the app: %1. Check that the disk is not full and the data folder is writable.</source>
        <translation>ไม่สามารถลบแอป: %1 โปรดตรวจสอบว่าดิสก์ไม่เต็มและโฟลเดอร์ข้อมูลสามารถเขียนได้</translation>
    </message>
</context>
<context>
    <name>AppTableModel</name>
    <message>
        <source>Sandbox</source>
        <translation>แซนด์บ็อกซ์</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live (ใช้งานจริง)</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>URL กำหนดเอง</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>ยังไม่เคยใช้</translation>
    </message>
    <message>
        <source>App Key ending in %1</source>
        <translation>App Key ที่ลงท้ายด้วย %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>สภาพแวดล้อม</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>จำนวนหลัก</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>ระยะเวลาหมดอายุ</translation>
    </message>
    <message>
        <source>App Key</source>
        <translation>App Key</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>สร้างเมื่อ</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>ใช้ล่าสุด</translation>
    </message>
</context>
<context>
    <name>AppsCommand</name>
    <message>
        <source>App Secret (standard input)</source>
        <translation>App Secret (standard input)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>หมายเหตุ: %1</translation>
    </message>
    <message>
        <source>local sandbox</source>
        <translation>แซนด์บ็อกซ์ในเครื่อง</translation>
    </message>
    <message>
        <source>List, add, remove, export or import the OTP apps of the local store.</source>
        <translation>แสดงรายการ เพิ่ม ลบ ส่งออก หรือนำเข้าแอป OTP ในที่เก็บข้อมูลในเครื่อง</translation>
    </message>
    <message>
        <source>Usage: otpctl apps ACTION [options]</source>
        <translation>วิธีใช้: otpctl apps ACTION [options]</translation>
    </message>
    <message>
        <source>The OTP apps of the local store (the same as OTP Manager&apos;s), with their App Secrets in the system keychain.</source>
        <translation>แอป OTP ในที่เก็บข้อมูลในเครื่อง (ชุดเดียวกับที่ OTP Manager ใช้) โดย App Secret ของแอปเก็บอยู่ในคีย์เชนของระบบ</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>การดำเนินการ:</translation>
    </message>
    <message>
        <source>Show the apps (--json for scripts).</source>
        <translation>แสดงแอป (ใช้ --json สำหรับสคริปต์)</translation>
    </message>
    <message>
        <source>Create an app. Sandbox: prints the generated App Key and Secret once. Live and Custom: reads the App Secret from standard input.</source>
        <translation>สร้างแอป แอปแซนด์บ็อกซ์: แสดง App Key และ App Secret ที่สร้างขึ้นเพียงครั้งเดียว แอป Live และแอป URL กำหนดเอง: อ่าน App Secret จาก standard input</translation>
    </message>
    <message>
        <source>Delete an app and its App Secret (its history stays).</source>
        <translation>ลบแอปและ App Secret ของแอป (ประวัติของแอปยังคงอยู่)</translation>
    </message>
    <message>
        <source>Write apps as JSON, never with secrets.</source>
        <translation>เขียนแอปเป็น JSON โดยไม่รวม App Secret</translation>
    </message>
    <message>
        <source>Read an apps file; Live and Custom secrets are read from standard input, one line per app.</source>
        <translation>อ่านไฟล์แอป โดยอ่าน App Secret ของแอป Live และแอป URL กำหนดเองจาก standard input บรรทัดละหนึ่งแอป</translation>
    </message>
    <message>
        <source>Run &quot;otpctl apps ACTION --help&quot; for an action&apos;s options.</source>
        <translation>เรียกใช้ &quot;otpctl apps ACTION --help&quot; เพื่อดูตัวเลือกของการดำเนินการนั้น</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use list, add, remove, export or import.</source>
        <translation>ไม่รู้จักการดำเนินการ &quot;%1&quot;: โปรดใช้ list, add, remove, export หรือ import</translation>
    </message>
    <message>
        <source>Print one JSON object (for scripts).</source>
        <translation>แสดงผลเป็นออบเจ็กต์ JSON เดียว (สำหรับสคริปต์)</translation>
    </message>
    <message>
        <source>Show the OTP apps of the local store.</source>
        <translation>แสดงแอป OTP ในที่เก็บข้อมูลในเครื่อง</translation>
    </message>
    <message>
        <source>No apps yet. Create one with &quot;otpctl apps add --name NAME --email EMAIL --contact NAME&quot;.</source>
        <translation>ยังไม่มีแอป สร้างแอปได้ด้วย &quot;otpctl apps add --name NAME --email EMAIL --contact NAME&quot;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>สภาพแวดล้อม</translation>
    </message>
    <message>
        <source>App Key</source>
        <translation>App Key</translation>
    </message>
    <message>
        <source>Calls go to</source>
        <translation>ปลายทางการเรียก</translation>
    </message>
    <message>
        <source>The app name (required).</source>
        <translation>ชื่อแอป (จำเป็น)</translation>
    </message>
    <message>
        <source>sandbox (default), live or custom.</source>
        <translation>sandbox (ค่าเริ่มต้น), live หรือ custom</translation>
    </message>
    <message>
        <source>Live and Custom: the App Key from the ThaiBulkSMS dashboard.</source>
        <translation>แอป Live และแอป URL กำหนดเอง: App Key จากแดชบอร์ด ThaiBulkSMS</translation>
    </message>
    <message>
        <source>Custom: the server&apos;s base URL (https).</source>
        <translation>แอป URL กำหนดเอง: Base URL ของเซิร์ฟเวอร์ (https)</translation>
    </message>
    <message>
        <source>Contact email (required).</source>
        <translation>อีเมลผู้ติดต่อ (จำเป็น)</translation>
    </message>
    <message>
        <source>Contact person or team (required).</source>
        <translation>ชื่อผู้ติดต่อหรือชื่อทีม (จำเป็น)</translation>
    </message>
    <message>
        <source>Digits of the code, %1 to %2 (default %3).</source>
        <translation>จำนวนหลักของรหัส ตั้งแต่ %1 ถึง %2 (ค่าเริ่มต้น %3)</translation>
    </message>
    <message>
        <source>The SMS text with {otp}, {ref}, {app}, {minutes} (default: the standard template in the --lang language).</source>
        <translation>ข้อความ SMS ที่มี {otp}, {ref}, {app}, {minutes} (ค่าเริ่มต้น: เทมเพลตข้อความมาตรฐานในภาษาที่กำหนดด้วย --lang)</translation>
    </message>
    <message>
        <source>How long a code is valid, HH:mm (default 00:05).</source>
        <translation>ระยะเวลาที่รหัสใช้ได้ ในรูปแบบ HH:mm (ค่าเริ่มต้น 00:05)</translation>
    </message>
    <message>
        <source>A trusted address or CIDR block; repeat for more (default: any).</source>
        <translation>ที่อยู่ IP หรือบล็อก CIDR ที่เชื่อถือได้ ระบุซ้ำได้หากมีหลายรายการ (ค่าเริ่มต้น: ทุกที่อยู่)</translation>
    </message>
    <message>
        <source>Create an OTP app in the local store. A Sandbox app gets a generated App Key and Secret, printed once. For a Live or Custom app the App Secret is read from standard input (typed without echo at a terminal), never from the arguments.</source>
        <translation>สร้างแอป OTP ในที่เก็บข้อมูลในเครื่อง แอปแซนด์บ็อกซ์จะได้รับ App Key และ App Secret ที่สร้างขึ้นโดยอัตโนมัติและแสดงเพียงครั้งเดียว สำหรับแอป Live หรือแอป URL กำหนดเอง ระบบจะอ่าน App Secret จาก standard input (เมื่อพิมพ์ในเทอร์มินัลจะไม่แสดงตัวอักษรบนหน้าจอ) และจะไม่รับจากอาร์กิวเมนต์เด็ดขาด</translation>
    </message>
    <message>
        <source>--environment needs sandbox, live or custom, not &quot;%1&quot;.</source>
        <translation>--environment ต้องเป็น sandbox, live หรือ custom ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--digits needs a number.</source>
        <translation>--digits ต้องเป็นตัวเลข</translation>
    </message>
    <message>
        <source>App Secret of “%1”: </source>
        <translation>App Secret ของ “%1”: </translation>
    </message>
    <message>
        <source>Created “%1” (%2).</source>
        <translation>สร้าง “%1” แล้ว (%2)</translation>
    </message>
    <message>
        <source>App Key:    %1</source>
        <translation>App Key:    %1</translation>
    </message>
    <message>
        <source>App Secret: %1</source>
        <translation>App Secret: %1</translation>
    </message>
    <message>
        <source>The secret is shown only this once; it is kept in the system keychain. These sandbox credentials work only against the local sandbox.</source>
        <translation>App Secret จะแสดงเพียงครั้งนี้ครั้งเดียว และจะถูกเก็บไว้ในคีย์เชนของระบบ App Key และ App Secret ของแซนด์บ็อกซ์ชุดนี้ใช้ได้กับแซนด์บ็อกซ์ในเครื่องเท่านั้น</translation>
    </message>
    <message>
        <source>Its App Secret is stored in the system keychain.</source>
        <translation>App Secret ของแอปถูกเก็บไว้ในคีย์เชนของระบบแล้ว</translation>
    </message>
    <message>
        <source>The app to delete.</source>
        <translation>แอปที่ต้องการลบ</translation>
    </message>
    <message>
        <source>Delete an app of the local store and its App Secret in the keychain. The history of its calls stays.</source>
        <translation>ลบแอปในที่เก็บข้อมูลในเครื่องและ App Secret ของแอปในคีย์เชน ส่วนประวัติการเรียกใช้ของแอปจะยังคงอยู่</translation>
    </message>
    <message>
        <source>Give exactly one app NAME (quote a name with spaces).</source>
        <translation>โปรดระบุ NAME ของแอปเพียงหนึ่งชื่อ (ครอบชื่อที่มีช่องว่างด้วยเครื่องหมายคำพูด)</translation>
    </message>
    <message>
        <source>There is no app named “%1”. List the apps with &quot;otpctl apps list&quot;.</source>
        <translation>ไม่มีแอปชื่อ “%1” ดูรายการแอปได้ด้วย &quot;otpctl apps list&quot;</translation>
    </message>
    <message>
        <source>Removed “%1”, but its App Secret could not be removed from the keychain: %2</source>
        <translation>ลบ “%1” แล้ว แต่ไม่สามารถลบ App Secret ของแอปออกจากคีย์เชนได้: %2</translation>
    </message>
    <message>
        <source>Removed “%1” and its App Secret.</source>
        <translation>ลบ “%1” และ App Secret ของแอปแล้ว</translation>
    </message>
    <message>
        <source>The apps to export (default: all).</source>
        <translation>แอปที่ต้องการส่งออก (ค่าเริ่มต้น: ทั้งหมด)</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>เขียนลงไฟล์นี้แทน standard output</translation>
    </message>
    <message>
        <source>Write apps in the apps file format (docs/file-formats.md). Secrets are never written.</source>
        <translation>เขียนแอปในรูปแบบไฟล์แอป (docs/file-formats.md) โดยจะไม่เขียน App Secret ลงไฟล์เด็ดขาด</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n app(s) to %1.</source>
        <translation>
            <numerusform>ส่งออก %n แอปไปยัง %1 แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>The apps file to read.</source>
        <translation>ไฟล์แอปที่ต้องการอ่าน</translation>
    </message>
    <message>
        <source>Give exactly one FILE.json to import.</source>
        <translation>โปรดระบุ FILE.json ที่จะนำเข้าเพียงหนึ่งไฟล์</translation>
    </message>
    <message>
        <source>Cannot read the apps file %1.</source>
        <translation>ไม่สามารถอ่านไฟล์แอป %1</translation>
    </message>
    <message>
        <source>Note: “%1”: %2</source>
        <translation>หมายเหตุ: “%1”: %2</translation>
    </message>
    <message>
        <source>App Secret of “%1” (empty: none for now): </source>
        <translation>App Secret ของ “%1” (เว้นว่าง: ยังไม่ระบุตอนนี้): </translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation>ไม่ได้นำเข้า “%1”: %2</translation>
    </message>
    <message>
        <source>Imported “%1” (%2).</source>
        <translation>นำเข้า “%1” แล้ว (%2)</translation>
    </message>
    <message>
        <source>  New App Key:    %1</source>
        <translation>  App Key ใหม่:    %1</translation>
    </message>
    <message>
        <source>  New App Secret: %1 (shown only this once)</source>
        <translation>  App Secret ใหม่: %1 (แสดงเพียงครั้งนี้ครั้งเดียว)</translation>
    </message>
    <message>
        <source>“%1” has no App Secret yet: calls need it. Add it in OTP Manager (edit the app).</source>
        <translation>“%1” ยังไม่มี App Secret ซึ่งจำเป็นสำหรับการเรียก โปรดเพิ่มใน OTP Manager (แก้ไขแอป)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n app(s).</source>
        <translation>
            <numerusform>นำเข้าแล้ว %1 จาก %n แอป</numerusform>
        </translation>
    </message>
    <message>
        <source>  Renamed: the file calls it “%1”, a name already taken.</source>
        <translation>  เปลี่ยนชื่อแล้ว: ในไฟล์ใช้ชื่อ “%1” ซึ่งมีแอปอื่นใช้อยู่แล้ว</translation>
    </message>
    <message>
        <source>The import was cancelled; no app was imported.</source>
        <translation>ยกเลิกการนำเข้าแล้ว ไม่มีแอปใดถูกนำเข้า</translation>
    </message>
    <message>
        <source>Already there: “%1” (%2), left as it is.</source>
        <translation>มีอยู่แล้ว: “%1” (%2) ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Import apps from an apps file, all or nothing. Apps already stored (same App Key) are left as they are. Sandbox apps keep the &quot;key&quot; and &quot;secret&quot; of the file, or get new ones (printed once). For each Live or Custom app to import, one line of standard input is read as its App Secret, in the file&apos;s order; an empty line or the end of input imports the app without a secret.</source>
        <translation>นำเข้าแอปจากไฟล์แอปแบบทั้งหมดหรือไม่มีเลย แอปที่บันทึกไว้แล้ว (App Key เดียวกัน) จะไม่ถูกเปลี่ยนแปลง แอป Sandbox ใช้ &quot;key&quot; และ &quot;secret&quot; จากไฟล์ หรือได้รับชุดใหม่ (แสดงครั้งเดียว) สำหรับแอป Live หรือ Custom แต่ละแอปที่จะนำเข้า จะอ่านหนึ่งบรรทัดจากอินพุตมาตรฐานเป็น App Secret ตามลำดับในไฟล์ บรรทัดว่างหรือสิ้นสุดอินพุตจะนำเข้าแอปโดยไม่มี secret</translation>
    </message>
    <message>
        <source>Storing App Secrets in the keychain: %1 of %2</source>
        <translation>กำลังบันทึก App Secret ลงในพวงกุญแจ: %1 จาก %2</translation>
    </message>
</context>
<context>
    <name>AppsFileActions</name>
    <message>
        <source>Import OTP Apps</source>
        <translation>นำเข้าแอป OTP</translation>
    </message>
    <message>
        <source>OTP Manager apps (*.json);;All files (*)</source>
        <translation>แอปของ OTP Manager (*.json);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>นำเข้าไม่สำเร็จ</translation>
    </message>
    <message>
        <source>“%1” was renamed “%2”: the name was taken.</source>
        <translation>เปลี่ยนชื่อ “%1” เป็น “%2” เนื่องจากมีแอปที่ใช้ชื่อนี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>นำเข้าเสร็จสิ้น</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) imported.</source>
        <translation>
            <numerusform>นำเข้าแล้ว %n แอป</numerusform>
        </translation>
    </message>
    <message>
        <source>Export OTP Apps</source>
        <translation>ส่งออกแอป OTP</translation>
    </message>
    <message>
        <source>OTP Manager apps (*.json)</source>
        <translation>แอปของ OTP Manager (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>ส่งออกไม่สำเร็จ</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n app(s) to %1 (without App Secrets).</source>
        <translation>
            <numerusform>ส่งออก %n แอปไปยัง %1 แล้ว (ไม่รวม App Secret)</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was imported without its App Secret: add it by editing the app before calling the API.</source>
        <translation>นำเข้า “%1” โดยไม่มี App Secret โปรดเพิ่มโดยแก้ไขแอปก่อนเรียกใช้ API</translation>
    </message>
    <message>
        <source>“%1” got new sandbox credentials: reveal them in its details.</source>
        <translation>“%1” ได้รับ App Key และ App Secret ใหม่สำหรับแซนด์บ็อกซ์ ดูได้จากรายละเอียดของแอป</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation>ไม่ได้นำเข้า “%1”: %2</translation>
    </message>
    <message>
        <source>Note: “%1”: %2</source>
        <translation>หมายเหตุ: “%1”: %2</translation>
    </message>
    <message>
        <source>An import is still being stored; try again when it has finished.</source>
        <translation>การนำเข้าครั้งก่อนยังบันทึกไม่เสร็จ โปรดลองอีกครั้งเมื่อเสร็จแล้ว</translation>
    </message>
    <message>
        <source>Import cancelled: no app was imported.</source>
        <translation>ยกเลิกการนำเข้าแล้ว ไม่มีแอปใดถูกนำเข้า</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) of the file were not imported.</source>
        <translation>
            <numerusform>ไม่ได้นำเข้าแอปจากไฟล์ %n แอป</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is already there: left as it is.</source>
        <translation>“%1” มีอยู่แล้ว: ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Storing the App Secrets in the keychain…</source>
        <translation>กำลังบันทึก App Secret ลงในพวงกุญแจ…</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>ยกเลิกการนำเข้า</translation>
    </message>
    <message>
        <source>Importing Apps</source>
        <translation>กำลังนำเข้าแอป</translation>
    </message>
    <message>
        <source>Cancelling: removing the secrets already stored…</source>
        <translation>กำลังยกเลิก: ลบ secret ที่บันทึกไปแล้ว…</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Demo Shop</source>
        <translation>ร้านค้าตัวอย่าง</translation>
    </message>
    <message>
        <source>QA team</source>
        <translation>ทีม QA</translation>
    </message>
    <message>
        <source>The demo app was not created</source>
        <translation>สร้างแอปตัวอย่างไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Created the sandbox demo app “%1”. Try it in the Test console.</source>
        <translation>สร้างแอปตัวอย่างแซนด์บ็อกซ์ “%1” แล้ว ลองใช้งานได้ในคอนโซลทดสอบ</translation>
    </message>
    <message>
        <source>Delete app?</source>
        <translation>ลบแอปหรือไม่</translation>
    </message>
    <message>
        <source>Delete “%1”? Its App Secret is removed from the keychain. The history of its calls stays until you clear it.</source>
        <translation>ต้องการลบ “%1” หรือไม่ App Secret ของแอปจะถูกลบออกจากคีย์เชน ส่วนประวัติการเรียกใช้ของแอปจะยังอยู่จนกว่าคุณจะล้าง</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>The app was not deleted</source>
        <translation>ลบแอปไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>ลบ “%1” แล้ว</translation>
    </message>
    <message>
        <source>The App Secret could not be removed</source>
        <translation>ไม่สามารถลบ App Secret ได้</translation>
    </message>
    <message>
        <source>Copied the App Key of “%1”.</source>
        <translation>คัดลอก App Key ของ “%1” แล้ว</translation>
    </message>
    <message>
        <source>OTP Apps</source>
        <translation>แอป OTP</translation>
    </message>
    <message>
        <source>Filter apps</source>
        <translation>กรองแอป</translation>
    </message>
    <message>
        <source>New</source>
        <translation>สร้างใหม่</translation>
    </message>
    <message>
        <source>Add an OTP app (%1)</source>
        <translation>เพิ่มแอป OTP (%1)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>ทำสำเนา</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>คัดลอก Key</translation>
    </message>
    <message>
        <source>Test this app</source>
        <translation>ทดสอบแอปนี้</translation>
    </message>
    <message>
        <source>No OTP apps yet</source>
        <translation>ยังไม่มีแอป OTP</translation>
    </message>
    <message>
        <source>Add the apps you created in the ThaiBulkSMS dashboard, or try a sandbox app that works offline with no SMS credit.</source>
        <translation>เพิ่มแอปที่คุณสร้างไว้ในแดชบอร์ด ThaiBulkSMS หรือลองใช้แอปแซนด์บ็อกซ์ที่ทำงานแบบออฟไลน์โดยไม่ใช้เครดิต SMS</translation>
    </message>
    <message>
        <source>Add OTP App</source>
        <translation>เพิ่มแอป OTP</translation>
    </message>
    <message>
        <source>Try a sandbox demo app</source>
        <translation>ลองใช้แอปตัวอย่างแซนด์บ็อกซ์</translation>
    </message>
    <message>
        <source>OTP apps</source>
        <translation>แอป OTP</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not write %1: %2. Choose a folder you can write to and try again.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason (e.g. &quot;Permission denied&quot;)</extracomment>
        <translation>ไม่สามารถเขียนไฟล์ %1: %2 โปรดเลือกโฟลเดอร์ที่คุณมีสิทธิ์เขียนแล้วลองอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>BackgroundDatabaseCheck</name>
    <message>
        <source>OTP Manager found damage in its database %1 (%2). Some apps, calls or messages may be missing or wrong. Export your apps now (File ▸ Export Apps…) while they can still be read. The next time OTP Manager starts, it sets the damaged file aside (nothing is deleted) and starts a new, empty database: import your apps into it again.</source>
        <translation>OTP Manager พบความเสียหายในฐานข้อมูล %1 (%2) แอป ประวัติการเรียก หรือข้อความบางส่วนอาจหายไปหรือไม่ถูกต้อง โปรดส่งออกแอปของคุณตอนนี้ (ไฟล์ ▸ ส่งออกแอป…) ขณะที่ยังอ่านได้ เมื่อเปิด OTP Manager ครั้งถัดไป โปรแกรมจะย้ายไฟล์ที่เสียหายไปเก็บไว้ต่างหาก (ไม่มีสิ่งใดถูกลบ) และเริ่มฐานข้อมูลใหม่ที่ว่างเปล่า จากนั้นโปรดนำเข้าแอปของคุณอีกครั้ง</translation>
    </message>
    <message>
        <source>OTP Manager found damage in its database %1 (%2). Some apps, calls or messages may be missing or wrong. Export your apps now (File ▸ Export Apps…) while they can still be read, quit OTP Manager and move the file somewhere else; the next start makes a new, empty database. (The damage could not be noted for the next start: %3)</source>
        <translation>OTP Manager พบความเสียหายในฐานข้อมูล %1 (%2) แอป ประวัติการเรียก หรือข้อความบางส่วนอาจหายไปหรือไม่ถูกต้อง โปรดส่งออกแอปของคุณตอนนี้ (ไฟล์ ▸ ส่งออกแอป…) ขณะที่ยังอ่านได้ แล้วปิด OTP Manager และย้ายไฟล์ไปไว้ที่อื่น เมื่อเปิดครั้งถัดไปโปรแกรมจะสร้างฐานข้อมูลใหม่ที่ว่างเปล่า (บันทึกความเสียหายไว้สำหรับการเปิดครั้งถัดไปไม่ได้: %3)</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>แสดงวิธีใช้นี้</translation>
    </message>
    <message>
        <source>Language of the output: en or th.</source>
        <translation>ภาษาของผลลัพธ์: en หรือ th</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for usage.</source>
        <translation>เรียกใช้ &quot;%1 --help&quot; เพื่อดูวิธีใช้</translation>
    </message>
    <message>
        <source>Nothing else was done (exit code %1). Run the command again to use the new, empty database.</source>
        <translation>ไม่ได้ทำสิ่งอื่นใดต่อ (รหัสการออก %1) เรียกคำสั่งอีกครั้งเพื่อใช้ฐานข้อมูลใหม่ที่ว่างเปล่า</translation>
    </message>
</context>
<context>
    <name>CodeCommand</name>
    <message>
        <source>The phone number the message went to (required).</source>
        <translation>หมายเลขโทรศัพท์ที่ข้อความถูกส่งไป (จำเป็น)</translation>
    </message>
    <message>
        <source>Only messages of this sandbox app (name or App Key).</source>
        <translation>เฉพาะข้อความของแอป sandbox นี้ (ชื่อหรือ App Key)</translation>
    </message>
    <message>
        <source>Only messages created after this message id or ISO-8601 time.</source>
        <translation>เฉพาะข้อความที่สร้างหลัง id ข้อความนี้หรือเวลา ISO-8601 นี้</translation>
    </message>
    <message>
        <source>Wait up to S seconds (0 to 60) for a message to arrive (default 0).</source>
        <translation>รอข้อความได้นานสูงสุด S วินาที (0 ถึง 60) (ค่าเริ่มต้น 0)</translation>
    </message>
    <message>
        <source>Where the sandbox listens (default: OTP_SANDBOX_URL, else http://127.0.0.1:%1).</source>
        <translation>ตำแหน่งที่ sandbox รับฟังอยู่ (ค่าเริ่มต้น: OTP_SANDBOX_URL หรือ http://127.0.0.1:%1)</translation>
    </message>
    <message>
        <source>The sandbox&apos;s control API token (default: OTP_SANDBOX_API_TOKEN).</source>
        <translation>โทเค็นของ control API ของ sandbox (ค่าเริ่มต้น: OTP_SANDBOX_API_TOKEN)</translation>
    </message>
    <message>
        <source>Print the whole message as one JSON object.</source>
        <translation>พิมพ์ข้อความทั้งหมดเป็นออบเจกต์ JSON หนึ่งรายการ</translation>
    </message>
    <message>
        <source>The sandbox URL needs to be an http or https URL such as http://127.0.0.1:8765, not &quot;%1&quot;.</source>
        <translation>URL ของ sandbox ต้องเป็น URL แบบ http หรือ https เช่น http://127.0.0.1:8765 ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Print the code of the newest message a sandbox delivered to a number.</source>
        <translation>พิมพ์รหัสของข้อความล่าสุดที่ sandbox ส่งถึงหมายเลขหนึ่ง</translation>
    </message>
    <message>
        <source>Print the code of the newest OTP message a sandbox (otpctl sandbox or OTP Manager&apos;s) delivered to a number, through its control API.
Exit code 0: printed; 1: not a Thai mobile number; 2: usage error; 3: no sandbox answered; 5: no message came; 6: the control API token is missing or wrong.</source>
        <translation>พิมพ์รหัสของข้อความ OTP ล่าสุดที่ sandbox (otpctl sandbox หรือของ OTP Manager) ส่งถึงหมายเลขหนึ่ง ผ่าน control API ของมัน
รหัสออก 0: พิมพ์แล้ว; 1: ไม่ใช่หมายเลขมือถือไทย; 2: ใช้คำสั่งผิด; 3: ไม่มี sandbox ตอบ; 5: ไม่มีข้อความมาถึง; 6: ไม่มีโทเค็นของ control API หรือโทเค็นไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Give the number with --msisdn.</source>
        <translation>ระบุหมายเลขด้วย --msisdn</translation>
    </message>
    <message>
        <source>--wait needs seconds from 0 to %1.</source>
        <translation>--wait ต้องเป็นวินาทีตั้งแต่ 0 ถึง %1</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>App Key and App Secret</source>
        <translation>App Key และ App Secret</translation>
    </message>
    <message>
        <source>“%1” is ready. Use this App Key and App Secret with the sandbox API. The secret is kept in your system keychain; you can reveal it again from the app&apos;s details.</source>
        <translation>“%1” พร้อมใช้งานแล้ว ใช้ App Key และ App Secret นี้กับ API ของแซนด์บ็อกซ์ได้ทันที App Secret จะถูกเก็บไว้ในคีย์เชนของระบบ และสามารถแสดงอีกครั้งได้จากรายละเอียดของแอป</translation>
    </message>
    <message>
        <source>App &amp;Key</source>
        <translation>App &amp;Key</translation>
    </message>
    <message>
        <source>App &amp;Secret</source>
        <translation>App &amp;Secret</translation>
    </message>
    <message>
        <source>App Key</source>
        <translation>App Key</translation>
    </message>
    <message>
        <source>App Secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>Copy App Key</source>
        <translation>คัดลอก App Key</translation>
    </message>
    <message>
        <source>Copy App Secret</source>
        <translation>คัดลอก App Secret</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>ซ่อน</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จสิ้น</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>No folder for OTP Manager&apos;s data could be determined on this system. Start it with --data-dir &lt;folder&gt; or set %1.</source>
        <translation>ไม่สามารถระบุโฟลเดอร์สำหรับเก็บข้อมูลของ OTP Manager บนระบบนี้ได้ โปรดเริ่มโปรแกรมด้วย --data-dir &lt;โฟลเดอร์&gt; หรือตั้งค่า %1</translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder. Choose another folder with --data-dir &lt;folder&gt;.</source>
        <translation>โฟลเดอร์ข้อมูล %1 เป็นไฟล์ ไม่ใช่โฟลเดอร์ โปรดเลือกโฟลเดอร์อื่นด้วย --data-dir &lt;โฟลเดอร์&gt;</translation>
    </message>
    <message>
        <source>Could not create the data folder %1. Check that its parent folder exists and is writable, or choose another folder with --data-dir.</source>
        <translation>ไม่สามารถสร้างโฟลเดอร์ข้อมูล %1 โปรดตรวจสอบว่าโฟลเดอร์หลักที่ครอบอยู่มีอยู่จริงและสามารถเขียนได้ หรือเลือกโฟลเดอร์อื่นด้วย --data-dir</translation>
    </message>
    <message>
        <source>Keep the database and its lock file in &lt;dir&gt; instead of the standard location (also: environment variable %1). Preferences stay where the system keeps them.</source>
        <translation>เก็บฐานข้อมูลและไฟล์ล็อกไว้ใน &lt;dir&gt; แทนตำแหน่งมาตรฐาน (หรือใช้ตัวแปรสภาพแวดล้อม %1) ส่วนค่ากำหนดยังคงเก็บไว้ในที่ที่ระบบใช้เก็บ</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is missing, so OTP Manager cannot open its database. Reinstall OTP Manager, or install the Qt 6 SQLite driver package of your system.</source>
        <translation>ไม่พบไดรเวอร์ SQLite ของ Qt (QSQLITE) OTP Manager จึงเปิดฐานข้อมูลไม่ได้ โปรดติดตั้ง OTP Manager ใหม่ หรือติดตั้งแพ็กเกจไดรเวอร์ SQLite ของ Qt 6 สำหรับระบบของคุณ</translation>
    </message>
    <message>
        <source>Could not create the data folder %1. Check that you may write there, or start OTP Manager with another --data-dir.</source>
        <translation>ไม่สามารถสร้างโฟลเดอร์ข้อมูล %1 โปรดตรวจสอบว่าคุณมีสิทธิ์เขียนในตำแหน่งนั้น หรือเริ่ม OTP Manager ด้วย --data-dir อื่น</translation>
    </message>
    <message>
        <source>Could not read the database %1 (%2). Check that the file and its folder belong to you and are readable and writable, or start OTP Manager with another --data-dir. The file was not changed.</source>
        <translation>ไม่สามารถอ่านฐานข้อมูล %1 (%2) โปรดตรวจสอบว่าไฟล์และโฟลเดอร์ของไฟล์เป็นของคุณ และสามารถอ่านและเขียนได้ หรือเริ่ม OTP Manager ด้วย --data-dir อื่น ไฟล์นี้ยังไม่ถูกแก้ไข</translation>
    </message>
    <message>
        <source>The file %1 is not an OTP Manager database: it holds tables of another program. Move it somewhere else, or start OTP Manager with another --data-dir. The file was not changed.</source>
        <translation>ไฟล์ %1 ไม่ใช่ฐานข้อมูลของ OTP Manager เนื่องจากมีตารางของโปรแกรมอื่นอยู่ โปรดย้ายไฟล์ไปไว้ที่อื่น หรือเริ่ม OTP Manager ด้วย --data-dir อื่น ไฟล์นี้ยังไม่ถูกแก้ไข</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and could not be moved aside (%3). Move or rename the file yourself, then start OTP Manager again.</source>
        <translation>ฐานข้อมูล %1 เสียหาย (%2) และไม่สามารถย้ายไปเก็บไว้ต่างหากได้ (%3) โปรดย้ายหรือเปลี่ยนชื่อไฟล์ด้วยตนเอง แล้วเริ่ม OTP Manager อีกครั้ง</translation>
    </message>
    <message>
        <source>The database was damaged (%1), so OTP Manager set it aside and started a new, empty one. Nothing was deleted: the old file is now %2. Import your apps again from an export file; App Secrets are still in the system keychain.</source>
        <translation>ฐานข้อมูลเสียหาย (%1) OTP Manager จึงย้ายฐานข้อมูลเดิมไปเก็บไว้ต่างหากและเริ่มใช้ฐานข้อมูลใหม่ที่ว่างเปล่า ไม่มีข้อมูลใดถูกลบ ไฟล์เดิมอยู่ที่ %2 โปรดนำเข้าแอปอีกครั้งจากไฟล์ส่งออก ส่วน App Secret ยังคงอยู่ในคีย์เชนของระบบ</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of OTP Manager (schema version %2); this version understands schema version %3 at most. Install the newer OTP Manager again, or start this one with another --data-dir. The file was not changed.</source>
        <translation>ฐานข้อมูล %1 ถูกเขียนโดย OTP Manager เวอร์ชันที่ใหม่กว่า (สคีมาเวอร์ชัน %2) แต่เวอร์ชันนี้รองรับสคีมาได้สูงสุดเวอร์ชัน %3 โปรดติดตั้ง OTP Manager เวอร์ชันที่ใหม่กว่าอีกครั้ง หรือเริ่มเวอร์ชันนี้ด้วย --data-dir อื่น ไฟล์นี้ยังไม่ถูกแก้ไข</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2. Check that the disk is not full and the folder is writable, or start OTP Manager with another --data-dir.</source>
        <translation>ไม่สามารถเปิดฐานข้อมูล %1: %2 โปรดตรวจสอบว่าดิสก์ไม่เต็มและโฟลเดอร์สามารถเขียนได้ หรือเริ่ม OTP Manager ด้วย --data-dir อื่น</translation>
    </message>
    <message>
        <source>Could not bring the database %1 from schema version %2 to %3: %4. The file was left as it was. Free some disk space and start OTP Manager again.</source>
        <translation>ไม่สามารถอัปเกรดฐานข้อมูล %1 จากสคีมาเวอร์ชัน %2 เป็น %3: %4 ไฟล์ยังคงอยู่ในสภาพเดิม โปรดเพิ่มพื้นที่ว่างบนดิสก์แล้วเริ่ม OTP Manager อีกครั้ง</translation>
    </message>
    <message>
        <source>step %1 (%2) failed: %3</source>
        <translation>ขั้นตอนที่ %1 (%2) ล้มเหลว: %3</translation>
    </message>
    <message>
        <source>%1 was moved to %2, but %3 could not be moved: %4</source>
        <translation>ย้าย %1 ไปที่ %2 แล้ว แต่ไม่สามารถย้าย %3 ได้: %4</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It was left as it is because OTP Manager is using this data folder: set aside now, OTP Manager would go on writing into the old file. Quit OTP Manager, then run the command again.</source>
        <translation>ฐานข้อมูล %1 เสียหาย (%2) ไฟล์ยังคงอยู่ตามเดิม เพราะ OTP Manager กำลังใช้โฟลเดอร์ข้อมูลนี้อยู่ หากย้ายไฟล์ออกไปตอนนี้ OTP Manager จะยังคงเขียนลงไฟล์เดิมต่อไป โปรดปิด OTP Manager แล้วเรียกคำสั่งอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>DatabaseFileCheck</name>
    <message>
        <source>its header names no valid page size (%1)</source>
        <translation>ส่วนหัวของไฟล์ไม่ได้ระบุขนาดหน้าที่ถูกต้อง (%1)</translation>
    </message>
    <message>
        <source>the file ends inside a page: %1 bytes are not a whole number of %2-byte pages</source>
        <translation>ไฟล์จบลงกลางหน้า: ขนาด %1 ไบต์ไม่ใช่จำนวนหน้าเต็มของหน้าละ %2 ไบต์</translation>
    </message>
    <message>
        <source>the file is cut short: its header counts %1 pages, the file holds %2</source>
        <translation>ไฟล์ถูกตัดสั้นลง: ส่วนหัวระบุไว้ %1 หน้า แต่ไฟล์มีอยู่เพียง %2 หน้า</translation>
    </message>
</context>
<context>
    <name>DatabaseQuickCheck</name>
    <message>
        <source>Could not check the database %1: %2</source>
        <translation>ตรวจสอบฐานข้อมูล %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>DecodeCommand</name>
    <message>
        <source>Explain a status code, error name, message or response body.</source>
        <translation>อธิบายรหัสสถานะ ชื่อข้อผิดพลาด ข้อความ หรือเนื้อหาการตอบกลับ (response body)</translation>
    </message>
    <message>
        <source>A status code (116), an error name (ERROR_IP_NOT_ALLOWED), a message (&quot;Code is invalid.&quot;), a JSON response body, or - to read the body from standard input.</source>
        <translation>รหัสสถานะ (116) ชื่อข้อผิดพลาด (ERROR_IP_NOT_ALLOWED) ข้อความ (&quot;Code is invalid.&quot;) เนื้อหาการตอบกลับแบบ JSON หรือ - เพื่ออ่านเนื้อหาจาก standard input</translation>
    </message>
    <message>
        <source>The HTTP status the answer came with (tells apart rows that share a code).</source>
        <translation>สถานะ HTTP ที่มาพร้อมกับการตอบกลับ (ใช้แยกแถวที่มีรหัสเดียวกัน)</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>แสดงผลลัพธ์เป็นออบเจ็กต์ JSON เดียว</translation>
    </message>
    <message>
        <source>Decode a ThaiBulkSMS OTP or SMS API answer through the catalog of the vendor&apos;s 63 status codes.
Exit code 0: found in the catalog; 1: not found; 2: usage error.</source>
        <translation>แปลความหมายการตอบกลับจาก API OTP หรือ SMS ของ ThaiBulkSMS โดยใช้แค็ตตาล็อกรหัสสถานะ 63 รายการของผู้ให้บริการ
รหัสการออก (exit code) 0: พบในแค็ตตาล็อก, 1: ไม่พบ, 2: ใช้คำสั่งไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Give exactly one CODE_OR_BODY (quote a body).</source>
        <translation>โปรดระบุ CODE_OR_BODY เพียงหนึ่งค่า (ครอบเนื้อหาการตอบกลับด้วยเครื่องหมายคำพูด)</translation>
    </message>
    <message>
        <source>--http needs an HTTP status from 100 to 599, not &quot;%1&quot;.</source>
        <translation>--http ต้องเป็นสถานะ HTTP ตั้งแต่ 100 ถึง 599 ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>ไม่สามารถอ่าน standard input ได้</translation>
    </message>
    <message>
        <source>%1 (status %2, HTTP %3)</source>
        <translation>%1 (สถานะ %2, HTTP %3)</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>วิธีแก้ไข: %1</translation>
    </message>
    <message>
        <source>Not in the catalog of the vendor&apos;s 63 status codes.</source>
        <translation>ไม่พบในแค็ตตาล็อกรหัสสถานะ 63 รายการของผู้ให้บริการ</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>ข้อความ: %1</translation>
    </message>
</context>
<context>
    <name>ErrorCatalogModel</name>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>รหัสสถานะ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>วิธีแก้ไข</translation>
    </message>
</context>
<context>
    <name>ErrorCodesPage</name>
    <message numerus="yes">
        <source>%n of %1 codes</source>
        <translation>
            <numerusform>%n จาก %1 รหัส</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the catalog of the vendor&apos;s 63 status codes.</source>
        <translation>ไม่พบในแค็ตตาล็อกรหัสสถานะ 63 รายการของผู้ให้บริการ</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>ข้อความ: %1</translation>
    </message>
    <message>
        <source>%1 — status %2, HTTP %3
%4
What to do: %5</source>
        <translation>%1 — สถานะ %2, HTTP %3
%4
วิธีแก้ไข: %5</translation>
    </message>
    <message>
        <source>Status and error codes</source>
        <translation>รหัสสถานะและรหัสข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Search by code, name or text (e.g. 104 or IP)</source>
        <translation>ค้นหาตามรหัส ชื่อ หรือข้อความ (เช่น 104 หรือ IP)</translation>
    </message>
    <message>
        <source>Search error codes</source>
        <translation>ค้นหารหัสข้อผิดพลาด</translation>
    </message>
    <message>
        <source>All HTTP statuses</source>
        <translation>สถานะ HTTP ทั้งหมด</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx สำเร็จ</translation>
    </message>
    <message>
        <source>4xx client errors</source>
        <translation>4xx ข้อผิดพลาดฝั่งไคลเอนต์</translation>
    </message>
    <message>
        <source>5xx server errors</source>
        <translation>5xx ข้อผิดพลาดฝั่งเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>HTTP status class</source>
        <translation>กลุ่มสถานะ HTTP</translation>
    </message>
    <message>
        <source>Error codes</source>
        <translation>รหัสข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Decode an answer</source>
        <translation>แปลความหมายการตอบกลับ</translation>
    </message>
    <message>
        <source>Paste a response body, a status code (116) or an error name (ERROR_TTL)</source>
        <translation>วางเนื้อหาการตอบกลับ รหัสสถานะ (116) หรือชื่อข้อผิดพลาด (ERROR_TTL)</translation>
    </message>
    <message>
        <source>Answer to decode</source>
        <translation>การตอบกลับที่ต้องการแปลความหมาย</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>HTTP status of the answer</source>
        <translation>สถานะ HTTP ของการตอบกลับ</translation>
    </message>
    <message>
        <source>&amp;Decode</source>
        <translation>แปลความหมาย (&amp;D)</translation>
    </message>
    <message>
        <source>HTTP s&amp;tatus:</source>
        <translation>สถานะ HTTP (&amp;T):</translation>
    </message>
</context>
<context>
    <name>ErrorLookup</name>
    <message>
        <source>Status 400 is shared by four OTP messages; decode the message or the whole body instead.</source>
        <translation>สถานะ 400 ใช้ร่วมกันในข้อความ OTP สี่รายการ โปรดแปลความหมายจากข้อความหรือเนื้อหาการตอบกลับทั้งหมดแทน</translation>
    </message>
    <message>
        <source>%1 is out of range: not a status code in the catalog.</source>
        <extracomment>%1 is the number the user typed, e.g. 2147483648</extracomment>
        <translation>%1 อยู่นอกช่วงที่เป็นไปได้ จึงไม่ใช่รหัสสถานะในแค็ตตาล็อก</translation>
    </message>
</context>
<context>
    <name>ExchangeRecord</name>
    <message>
        <source>This is not an exchange record of OTP Manager (its format is not %1).</source>
        <translation>นี่ไม่ใช่บันทึกการรับส่งข้อมูลของ OTP Manager (รูปแบบไม่ใช่ %1)</translation>
    </message>
    <message>
        <source>This exchange record comes from a newer OTP Manager; update to read it.</source>
        <translation>บันทึกการรับส่งข้อมูลนี้มาจาก OTP Manager เวอร์ชันที่ใหม่กว่า โปรดอัปเดตเพื่ออ่านบันทึกนี้</translation>
    </message>
    <message>
        <source>The exchange record is damaged: its start time is not an ISO 8601 time.</source>
        <translation>บันทึกการรับส่งข้อมูลเสียหาย: เวลาเริ่มต้นไม่ใช่เวลาในรูปแบบ ISO 8601</translation>
    </message>
    <message>
        <source>The exchange record is damaged: it has no request.</source>
        <translation>บันทึกการรับส่งข้อมูลเสียหาย: ไม่มีคำขอ</translation>
    </message>
    <message>
        <source>The exchange record is damaged: its request has a wrong method, URL, headers or body.</source>
        <translation>บันทึกการรับส่งข้อมูลเสียหาย: คำขอมี method, URL, header หรือเนื้อหาไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>The exchange record is damaged: its response has wrong headers or body.</source>
        <translation>บันทึกการรับส่งข้อมูลเสียหาย: การตอบกลับมี header หรือเนื้อหาไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>The exchange record is damaged: its response is neither an object nor null.</source>
        <translation>บันทึกการรับส่งข้อมูลเสียหาย: การตอบกลับไม่ใช่ทั้งออบเจ็กต์และ null</translation>
    </message>
</context>
<context>
    <name>ExchangeRepository</name>
    <message>
        <source>Could not add the call to the history: %1. Check that the disk is not full and the data folder is writable.</source>
        <translation>ไม่สามารถเพิ่มการเรียกลงในประวัติ: %1 โปรดตรวจสอบว่าดิสก์ไม่เต็มและโฟลเดอร์ข้อมูลสามารถเขียนได้</translation>
    </message>
    <message>
        <source>Could not clear the history: %1. Check that the data folder is writable.</source>
        <translation>ไม่สามารถล้างประวัติ: %1 โปรดตรวจสอบว่าโฟลเดอร์ข้อมูลสามารถเขียนได้</translation>
    </message>
</context>
<context>
    <name>ExchangeViewer</name>
    <message>
        <source>[The body was cut at %1 bytes of %2 received.]</source>
        <translation>[เนื้อหาถูกตัดไว้ที่ %1 ไบต์ จากที่ได้รับทั้งหมด %2 ไบต์]</translation>
    </message>
    <message>
        <source>No response.</source>
        <translation>ไม่มีการตอบกลับ</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>ข้อผิดพลาด: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>เริ่มเมื่อ: %1</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>เริ่มเชื่อมต่อ</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>เข้ารหัสแล้ว</translation>
    </message>
    <message>
        <source>Headers received</source>
        <translation>ได้รับ header แล้ว</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message numerus="yes">
        <source>Request body: %n byte(s)</source>
        <translation>
            <numerusform>เนื้อหาคำขอ: %n ไบต์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Response body: %n byte(s)</source>
        <translation>
            <numerusform>เนื้อหาการตอบกลับ: %n ไบต์</numerusform>
        </translation>
    </message>
    <message>
        <source>Save response body</source>
        <translation>บันทึกเนื้อหาการตอบกลับ</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>บันทึกไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>คำขอ</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>การตอบกลับ</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>คัดลอกเป็น cURL</translation>
    </message>
    <message>
        <source>Copy as cURL with secret</source>
        <translation>คัดลอกเป็น cURL พร้อม App Secret</translation>
    </message>
    <message>
        <source>Reads the App Secret from the keychain and puts it in the command</source>
        <translation>อ่าน App Secret จากคีย์เชนแล้วใส่ลงในคำสั่ง</translation>
    </message>
    <message>
        <source>Copy response</source>
        <translation>คัดลอกการตอบกลับ</translation>
    </message>
    <message>
        <source>Save body…</source>
        <translation>บันทึกเนื้อหา…</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>การตอบกลับที่ได้รับ</translation>
    </message>
    <message>
        <source>Request sent</source>
        <comment>timing phase: the request was written out</comment>
        <translation>ส่งคำขอแล้ว</translation>
    </message>
    <message>
        <source>Request as sent</source>
        <comment>the pane showing the raw request</comment>
        <translation>คำขอที่ส่งไป</translation>
    </message>
    <message>
        <source>Copied the response.</source>
        <translation>คัดลอกการตอบกลับแล้ว</translation>
    </message>
    <message>
        <source>Copied the request as cURL. It reads the App Secret from %1: set it once in the shell (%2) before running it.</source>
        <translation>คัดลอกคำขอเป็นคำสั่ง cURL แล้ว คำสั่งนี้อ่าน App Secret จาก %1 โปรดตั้งค่าในเชลล์หนึ่งครั้ง (%2) ก่อนเรียกใช้</translation>
    </message>
    <message>
        <source>Saved the response body to %1.</source>
        <translation>บันทึกเนื้อหาการตอบกลับไว้ที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>The App Secret is not copied: the command reads it from the shell&apos;s variable %1</source>
        <translation>ไม่คัดลอก App Secret: คำสั่งจะอ่านค่าจากตัวแปรของเชลล์ %1</translation>
    </message>
    <message>
        <source>Pretty</source>
        <comment>show JSON bodies indented</comment>
        <translation>จัดรูปแบบ</translation>
    </message>
    <message>
        <source>Indents JSON bodies; clear it to see them byte for byte as sent</source>
        <translation>จัดย่อหน้าเนื้อหา JSON ให้อ่านง่าย ยกเลิกเพื่อดูข้อมูลตรงตามที่ส่งทุกไบต์</translation>
    </message>
</context>
<context>
    <name>ExpiryPeriod</name>
    <message>
        <source>The expiry period must be written as HH:mm, for example 00:05 for five minutes (ERROR_TTL_FORMAT).</source>
        <translation>ระยะเวลาหมดอายุต้องอยู่ในรูปแบบ HH:mm เช่น 00:05 สำหรับห้านาที (ERROR_TTL_FORMAT)</translation>
    </message>
    <message>
        <source>The expiry period must be between 00:05 and 11:00 (5 minutes to 11 hours); %1 is outside that range (ERROR_TTL).</source>
        <translation>ระยะเวลาหมดอายุต้องอยู่ระหว่าง 00:05 ถึง 11:00 (5 นาทีถึง 11 ชั่วโมง) แต่ %1 อยู่นอกช่วงดังกล่าว (ERROR_TTL)</translation>
    </message>
</context>
<context>
    <name>FaultInjectionBox</name>
    <message>
        <source>Fault injection</source>
        <translation>การจำลองข้อผิดพลาด</translation>
    </message>
    <message>
        <source>&amp;Latency:</source>
        <translation>ความหน่วง (&amp;L):</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Added latency in milliseconds</source>
        <translation>ความหน่วงที่เพิ่มเข้าไปเป็นมิลลิวินาที</translation>
    </message>
    <message>
        <source>&amp;Jitter:</source>
        <translation>ความแปรปรวน (&amp;J):</translation>
    </message>
    <message>
        <source>Random extra latency in milliseconds</source>
        <translation>ความหน่วงเพิ่มเติมแบบสุ่มเป็นมิลลิวินาที</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>การตอบกลับ (&amp;A):</translation>
    </message>
    <message>
        <source>Normally</source>
        <translation>ตามปกติ</translation>
    </message>
    <message>
        <source>With an error</source>
        <translation>ตอบกลับเป็นข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Drop the connection</source>
        <translation>ตัดการเชื่อมต่อ</translation>
    </message>
    <message>
        <source>How the sandbox answers</source>
        <translation>วิธีที่แซนด์บ็อกซ์ตอบกลับ</translation>
    </message>
    <message>
        <source>HTTP %1 · %2 · %3</source>
        <translation>HTTP %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Error to return</source>
        <translation>ข้อผิดพลาดที่จะตอบกลับ</translation>
    </message>
    <message>
        <source>Every request</source>
        <translation>ทุกคำขอ</translation>
    </message>
    <message>
        <source>The next N requests</source>
        <translation>N คำขอถัดไป</translation>
    </message>
    <message>
        <source>A share of requests</source>
        <translation>คำขอบางส่วนตามสัดส่วน</translation>
    </message>
    <message>
        <source>Which requests the fault hits</source>
        <translation>คำขอที่จะได้รับข้อผิดพลาดจำลอง</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>จำนวนคำขอ</translation>
    </message>
    <message>
        <source>Share of requests in percent</source>
        <translation>สัดส่วนของคำขอเป็นเปอร์เซ็นต์</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>ใช้กับ (&amp;O):</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <comment>field message</comment>
        <translation>
            <numerusform>…และอีก %n รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuiStartup</name>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Manage, test and sandbox ThaiBulkSMS OTP apps.</source>
        <translation>จัดการ ทดสอบ และจำลองแอป OTP ของ ThaiBulkSMS ในแซนด์บ็อกซ์</translation>
    </message>
    <message>
        <source>Language of the interface: en or th.</source>
        <translation>ภาษาของหน้าจอโปรแกรม: en หรือ th</translation>
    </message>
    <message>
        <source>Do not start the embedded sandbox.</source>
        <translation>ไม่ต้องเริ่มแซนด์บ็อกซ์ในตัว</translation>
    </message>
    <message>
        <source>OTP Manager cannot start</source>
        <translation>ไม่สามารถเริ่ม OTP Manager ได้</translation>
    </message>
    <message>
        <source>OTP Manager is already running</source>
        <translation>OTP Manager กำลังทำงานอยู่แล้ว</translation>
    </message>
    <message>
        <source>OTP Manager cannot open its data</source>
        <translation>OTP Manager ไม่สามารถเปิดข้อมูลได้</translation>
    </message>
    <message>
        <source>The database was damaged</source>
        <translation>ฐานข้อมูลเสียหาย</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Port of the embedded sandbox for this run (0: any free port; default: the one in Settings, 8765).</source>
        <translation>พอร์ตของแซนด์บ็อกซ์ในตัวสำหรับการเปิดครั้งนี้ (0: พอร์ตว่างใดก็ได้ ค่าเริ่มต้น: ตามการตั้งค่า คือ 8765)</translation>
    </message>
    <message>
        <source>Quit as soon as the window is shown, painted and idle, printing that moment (nanoseconds since 1970) for start-up measurements.</source>
        <translation>ออกจากโปรแกรมทันทีที่หน้าต่างแสดงผล วาดเสร็จ และว่าง พร้อมพิมพ์เวลานั้น (นาโนวินาทีนับจากปี 1970) สำหรับการวัดเวลาเริ่มต้น</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>ฐานข้อมูลเสียหาย</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>About OTP Manager</source>
        <translation>เกี่ยวกับ OTP Manager</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OTP Manager %1&lt;/h3&gt;&lt;p&gt;Manage, test and sandbox ThaiBulkSMS SMS-OTP apps.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OTP Manager %1&lt;/h3&gt;&lt;p&gt;จัดการ ทดสอบ และจำลองแอป SMS-OTP ของ ThaiBulkSMS&lt;/p&gt;&lt;p&gt;เผยแพร่ภายใต้สัญญาอนุญาต GNU General Public License รุ่น 3 หรือใหม่กว่า สร้างด้วย Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>แป้นพิมพ์ลัด (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About OTP Manager</source>
        <translation>เกี่ยวกับ OTP Manager (&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>เกี่ยวกับ &amp;Qt</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Request</source>
        <translation>ขอ OTP</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>ยืนยัน</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>App</source>
        <translation>แอป</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>การเรียก</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>หมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>ความหน่วง</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Clear the history?</source>
        <translation>ล้างประวัติหรือไม่</translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n call(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>ต้องการลบการเรียกทั้งหมด %n รายการออกจากประวัติหรือไม่ การดำเนินการนี้ไม่สามารถย้อนกลับได้</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ล้าง</translation>
    </message>
    <message>
        <source>History not cleared</source>
        <translation>ล้างประวัติไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>ส่งออกประวัติเป็น CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>บันทึกไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Export history as HAR</source>
        <translation>ส่งออกประวัติเป็น HAR</translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation>HTTP Archive (*.har)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>ค้นหาในประวัติ</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>ประวัติการเรียก</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>เรียกซ้ำ</translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation>ล้างประวัติ…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>ส่งออก CSV…</translation>
    </message>
    <message>
        <source>Export HAR…</source>
        <translation>ส่งออก HAR…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>ส่งออก %n การเรียกไปยัง %1 แล้ว</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportLock</name>
    <message>
        <source>Another import of apps is being stored (process %1 on %2). Try again when it has finished.</source>
        <translation>มีการนำเข้าแอปอื่นที่กำลังบันทึกอยู่ (โปรเซส %1 บน %2) ลองอีกครั้งเมื่อเสร็จแล้ว</translation>
    </message>
    <message>
        <source>Could not lock the data folder for the import (%1). Check that the folder is writable and try again.</source>
        <translation>ไม่สามารถล็อกโฟลเดอร์ข้อมูลสำหรับการนำเข้าได้ (%1) ตรวจสอบว่าโฟลเดอร์เขียนได้ แล้วลองอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>ImportSecretsDialog</name>
    <message>
        <source>App Secrets for the Import</source>
        <translation>App Secret สำหรับการนำเข้า</translation>
    </message>
    <message>
        <source>These apps need the App Secret shown on their page of the ThaiBulkSMS OTP dashboard. Leave a field empty to import that app without its secret; add it later by editing the app.</source>
        <translation>แอปเหล่านี้ต้องใช้ App Secret ที่แสดงในหน้าของแอปบนแดชบอร์ด ThaiBulkSMS OTP หากเว้นช่องใดว่างไว้ แอปนั้นจะถูกนำเข้าโดยไม่มี App Secret และสามารถเพิ่มภายหลังได้โดยแก้ไขแอป</translation>
    </message>
    <message>
        <source>App</source>
        <extracomment>Column headings of the import&apos;s secrets dialog.</extracomment>
        <translation>แอป</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>สภาพแวดล้อม</translation>
    </message>
    <message>
        <source>App Secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <source>App Secret of “%1”</source>
        <translation>App Secret ของ “%1”</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>The button that imports the apps with the secrets entered.</extracomment>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Pending</source>
        <translation>รอยืนยัน</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>หมดอายุแล้ว</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>เหลือ %1:%2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>App</source>
        <translation>แอป</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>หมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <source>SMS text</source>
        <translation>ข้อความ SMS</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>เลขอ้างอิง</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>หมดอายุใน</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Burned</source>
        <comment>inbox state: the token was invalidated after too many wrong PINs</comment>
        <translation>ถูกระงับ (PIN ผิดเกินกำหนด)</translation>
    </message>
    <message>
        <source>Dropped (token limit)</source>
        <comment>inbox state: the sandbox dropped the unverified token to stay under its cap of stored tokens</comment>
        <translation>ถูกตัดทิ้ง (token เกินจำนวนที่เก็บได้)</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>inbox state: no running sandbox holds the token any more, so its code can no longer be verified</comment>
        <translation>สูญหาย</translation>
    </message>
    <message>
        <source>The sandbox no longer holds this code: it was restarted or stopped without keeping it, so verifying it answers &quot;Code is invalid.&quot;. Request a new code.</source>
        <translation>แซนด์บ็อกซ์ไม่มีรหัสนี้แล้ว เพราะถูกรีสตาร์ตหรือหยุดทำงานโดยไม่ได้เก็บรหัสไว้ การยืนยันรหัสนี้จึงได้คำตอบ &quot;Code is invalid.&quot; โปรดขอรหัสใหม่</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Stop sandbox</source>
        <translation>หยุดแซนด์บ็อกซ์</translation>
    </message>
    <message>
        <source>Start sandbox</source>
        <translation>เริ่มแซนด์บ็อกซ์</translation>
    </message>
    <message>
        <source>Clear the inbox?</source>
        <translation>ล้างกล่องข้อความหรือไม่</translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n message(s) from the sandbox inbox? Their codes stay valid until they expire.</source>
        <translation>
            <numerusform>ต้องการลบข้อความทั้งหมด %n ข้อความออกจากกล่องข้อความแซนด์บ็อกซ์หรือไม่ รหัสในข้อความเหล่านั้นจะยังใช้ได้จนกว่าจะหมดอายุ</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ล้าง</translation>
    </message>
    <message>
        <source>Sandbox inbox</source>
        <translation>กล่องข้อความแซนด์บ็อกซ์</translation>
    </message>
    <message>
        <source>Sandbox server</source>
        <translation>เซิร์ฟเวอร์แซนด์บ็อกซ์</translation>
    </message>
    <message>
        <source>Sandbox messages</source>
        <translation>ข้อความในแซนด์บ็อกซ์</translation>
    </message>
    <message>
        <source>No messages yet. Request an OTP from a sandbox app (Test console, otpctl or your own backend) and its SMS appears here.</source>
        <translation>ยังไม่มีข้อความ ขอ OTP จากแอปแซนด์บ็อกซ์ (ผ่านคอนโซลทดสอบ otpctl หรือแบ็กเอนด์ของคุณเอง) แล้ว SMS จะปรากฏที่นี่</translation>
    </message>
    <message>
        <source>Clear inbox…</source>
        <translation>ล้างกล่องข้อความ…</translation>
    </message>
    <message>
        <source>Inbox not cleared</source>
        <translation>ล้างกล่องข้อความไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <translation>ค้นหาในกล่องข้อความ</translation>
    </message>
</context>
<context>
    <name>InboxRepository</name>
    <message>
        <source>Could not update the sandbox inbox: %1. Check that the disk is not full and the data folder is writable.</source>
        <translation>ไม่สามารถอัปเดตกล่องข้อความแซนด์บ็อกซ์: %1 โปรดตรวจสอบว่าดิสก์ไม่เต็มและโฟลเดอร์ข้อมูลสามารถเขียนได้</translation>
    </message>
</context>
<context>
    <name>InboxRowActions</name>
    <message>
        <source>The sandbox no longer holds this message&apos;s token, so it cannot expire it.</source>
        <translation>แซนด์บ็อกซ์ไม่มีโทเคนของข้อความนี้แล้ว จึงทำให้หมดอายุไม่ได้</translation>
    </message>
    <message>
        <source>Advance the sandbox clock</source>
        <translation>เลื่อนนาฬิกาของแซนด์บ็อกซ์</translation>
    </message>
    <message>
        <source>Move the sandbox&apos;s clock forward by this many minutes:</source>
        <translation>เลื่อนนาฬิกาของแซนด์บ็อกซ์ไปข้างหน้ากี่นาที:</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>คัดลอกรหัส</translation>
    </message>
    <message>
        <source>Expire now</source>
        <translation>ให้หมดอายุทันที</translation>
    </message>
    <message>
        <source>The sandbox expires this token now, as if its time had run out</source>
        <translation>แซนด์บ็อกซ์จะทำให้โทเคนนี้หมดอายุทันที เหมือนหมดเวลาแล้ว</translation>
    </message>
    <message>
        <source>Advance clock</source>
        <translation>เลื่อนนาฬิกา</translation>
    </message>
    <message>
        <source>Move the sandbox&apos;s clock forward for every token (expiry tests)</source>
        <translation>เลื่อนนาฬิกาของแซนด์บ็อกซ์ไปข้างหน้าสำหรับทุกโทเคน (ใช้ทดสอบการหมดอายุ)</translation>
    </message>
    <message>
        <source>By 1 minute</source>
        <translation>1 นาที</translation>
    </message>
    <message>
        <source>By 5 minutes</source>
        <translation>5 นาที</translation>
    </message>
    <message>
        <source>By…</source>
        <translation>กำหนดเอง…</translation>
    </message>
    <message>
        <source>Reset to real time</source>
        <translation>กลับไปใช้เวลาจริง</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>OTP Manager is already running (process %1 on %2) and is using the data folder %3. Switch to that window, or close it and try again. To run a second copy at the same time, start it with another --data-dir.</source>
        <translation>OTP Manager กำลังทำงานอยู่แล้ว (โปรเซส %1 บน %2) และกำลังใช้โฟลเดอร์ข้อมูล %3 โปรดสลับไปที่หน้าต่างนั้น หรือปิดหน้าต่างนั้นแล้วลองอีกครั้ง หากต้องการเปิดโปรแกรมอีกชุดหนึ่งพร้อมกัน ให้เริ่มด้วย --data-dir อื่น</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>เครื่องนี้</translation>
    </message>
    <message>
        <source>Another OTP Manager is using the data folder %1. Close it and try again, or start this one with another --data-dir.</source>
        <translation>มี OTP Manager อีกชุดหนึ่งกำลังใช้โฟลเดอร์ข้อมูล %1 อยู่ โปรดปิดโปรแกรมนั้นแล้วลองอีกครั้ง หรือเริ่มโปรแกรมนี้ด้วย --data-dir อื่น</translation>
    </message>
    <message>
        <source>Could not create the lock file in the data folder %1: permission denied. Make the folder writable for you, or start OTP Manager with another --data-dir.</source>
        <translation>ไม่สามารถสร้างไฟล์ล็อกในโฟลเดอร์ข้อมูล %1: ไม่มีสิทธิ์เข้าถึง โปรดตั้งค่าสิทธิ์ให้คุณเขียนโฟลเดอร์นั้นได้ หรือเริ่ม OTP Manager ด้วย --data-dir อื่น</translation>
    </message>
    <message>
        <source>Could not create the lock file %1. Check that the data folder exists and the disk is not full, or start OTP Manager with another --data-dir.</source>
        <translation>ไม่สามารถสร้างไฟล์ล็อก %1 โปรดตรวจสอบว่าโฟลเดอร์ข้อมูลมีอยู่จริงและดิสก์ไม่เต็ม หรือเริ่ม OTP Manager ด้วย --data-dir อื่น</translation>
    </message>
</context>
<context>
    <name>IpRangeList</name>
    <message>
        <source>&quot;%1&quot; is not an IP address or CIDR block. Write one address per line, for example 203.0.113.7, 203.0.113.0/24 or 2001:db8::/32.</source>
        <translation>&quot;%1&quot; ไม่ใช่ที่อยู่ IP หรือบล็อก CIDR โปรดเขียนบรรทัดละหนึ่งที่อยู่ เช่น 203.0.113.7, 203.0.113.0/24 หรือ 2001:db8::/32</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has host bits set; it is saved as the block %2.</source>
        <translation>&quot;%1&quot; มีการตั้งค่าบิตในส่วนโฮสต์ไว้ จึงบันทึกเป็นบล็อก %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed more than once; the copy is dropped.</source>
        <translation>&quot;%1&quot; อยู่ในรายการมากกว่าหนึ่งครั้ง จึงตัดรายการที่ซ้ำออก</translation>
    </message>
    <message>
        <source>The trusted IP range has %1 entries; at most %2 are allowed. Merge addresses into CIDR blocks.</source>
        <translation>ช่วง IP ที่เชื่อถือได้มี %1 รายการ แต่อนุญาตได้ไม่เกิน %2 รายการ โปรดรวมที่อยู่เป็นบล็อก CIDR</translation>
    </message>
    <message>
        <source>%L1 entries are not IP addresses or CIDR blocks, the first on line %L2: &quot;%3&quot;. Write one address per line, for example 203.0.113.7, 203.0.113.0/24 or 2001:db8::/32.</source>
        <translation>มี %L1 รายการที่ไม่ใช่ที่อยู่ IP หรือบล็อก CIDR รายการแรกอยู่ที่บรรทัด %L2: &quot;%3&quot; โปรดเขียนบรรทัดละหนึ่งที่อยู่ เช่น 203.0.113.7, 203.0.113.0/24 หรือ 2001:db8::/32</translation>
    </message>
    <message>
        <source>%L1 entries have host bits set and are saved as blocks, the first on line %L2: &quot;%3&quot; is saved as %4.</source>
        <translation>มี %L1 รายการที่ตั้งค่าบิตในส่วนโฮสต์ไว้ จึงบันทึกเป็นบล็อก รายการแรกอยู่ที่บรรทัด %L2: &quot;%3&quot; บันทึกเป็น %4</translation>
    </message>
    <message>
        <source>%L1 entries repeat an earlier one and are dropped, the first on line %L2: &quot;%3&quot;.</source>
        <translation>มี %L1 รายการที่ซ้ำกับรายการก่อนหน้า จึงตัดออก รายการแรกอยู่ที่บรรทัด %L2: &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>แป้นพิมพ์ลัด</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>ปุ่ม</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>การทำงาน</translation>
    </message>
    <message>
        <source>%1 ▸ %2</source>
        <extracomment>Keyboard shortcuts: a menu and one of its commands</extracomment>
        <translation>%1 ▸ %2</translation>
    </message>
    <message>
        <source>Test console, in the phone number field: Request OTP</source>
        <translation>คอนโซลทดสอบ ในช่องหมายเลขโทรศัพท์: ขอ OTP</translation>
    </message>
    <message>
        <source>Test console, in the token or PIN field: Verify</source>
        <translation>คอนโซลทดสอบ ในช่อง Token หรือ PIN: ยืนยัน</translation>
    </message>
    <message>
        <source>Test console, anywhere: Verify when the token or PIN field has the focus, Request OTP otherwise</source>
        <translation>คอนโซลทดสอบ ที่ใดก็ได้: ยืนยันเมื่อเคอร์เซอร์อยู่ในช่อง Token หรือ PIN มิฉะนั้นขอ OTP</translation>
    </message>
    <message>
        <source>Test console: find in the raw exchange; Error codes: search the codes; elsewhere: filter the OTP apps</source>
        <translation>คอนโซลทดสอบ: ค้นหาในข้อมูลรับส่งดิบ หน้ารหัสข้อผิดพลาด: ค้นหารหัส หน้าอื่น: กรองแอป OTP</translation>
    </message>
    <message>
        <source>In a find bar: the next or the previous match</source>
        <translation>ในแถบค้นหา: ไปยังผลที่ตรงกันถัดไปหรือก่อนหน้า</translation>
    </message>
    <message>
        <source>In a search field: clear it; in a find bar: close it</source>
        <translation>ในช่องค้นหา: ล้างข้อความ ในแถบค้นหา: ปิดแถบ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OTP Manager</source>
        <translation>OTP Manager</translation>
    </message>
    <message>
        <source>OTP Apps</source>
        <translation>แอป OTP</translation>
    </message>
    <message>
        <source>Test console</source>
        <translation>คอนโซลทดสอบ</translation>
    </message>
    <message>
        <source>Sandbox inbox</source>
        <translation>กล่องข้อความแซนด์บ็อกซ์</translation>
    </message>
    <message>
        <source>Error codes</source>
        <translation>รหัสข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>หน้า</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New OTP App…</source>
        <translation>แอป OTP ใหม่ (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import Apps…</source>
        <translation>นำเข้าแอป (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Apps…</source>
        <translation>ส่งออกแอป (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>ค้นหา (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>การตั้งค่า (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <source>Sandbox running at %1</source>
        <translation>แซนด์บ็อกซ์ทำงานอยู่ที่ %1</translation>
    </message>
    <message>
        <source>Sandbox could not start: %1</source>
        <translation>ไม่สามารถเริ่มแซนด์บ็อกซ์: %1</translation>
    </message>
    <message>
        <source>Sandbox stopped</source>
        <translation>แซนด์บ็อกซ์หยุดทำงานแล้ว</translation>
    </message>
    <message>
        <source>Keychain: checking…</source>
        <translation>คีย์เชน: กำลังตรวจสอบ…</translation>
    </message>
    <message>
        <source>Keychain: available</source>
        <translation>คีย์เชน: พร้อมใช้งาน</translation>
    </message>
    <message>
        <source>Keychain: unavailable</source>
        <translation>คีย์เชน: ไม่พร้อมใช้งาน</translation>
    </message>
    <message>
        <source>No system keychain is reachable, so App Secrets cannot be saved. %1
You can keep them in memory for this session only: they are forgotten when OTP Manager closes.</source>
        <translation>ไม่สามารถเข้าถึงคีย์เชนของระบบได้ จึงบันทึก App Secret ไม่ได้ %1
คุณสามารถเก็บ App Secret ไว้ในหน่วยความจำเฉพาะเซสชันนี้ได้ โดยข้อมูลจะถูกลบเมื่อปิด OTP Manager</translation>
    </message>
    <message>
        <source>Use session-only mode</source>
        <translation>ใช้โหมดเฉพาะเซสชันนี้</translation>
    </message>
    <message>
        <source>Keychain: session-only</source>
        <translation>คีย์เชน: โหมดเฉพาะเซสชันนี้</translation>
    </message>
    <message>
        <source>Session-only mode: App Secrets are kept in memory and forgotten when OTP Manager closes.</source>
        <translation>โหมดเฉพาะเซสชันนี้: App Secret จะถูกเก็บไว้ในหน่วยความจำและถูกลบเมื่อปิด OTP Manager</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
</context>
<context>
    <name>Msisdn</name>
    <message>
        <source>Enter a Thai mobile number, for example 0812345678, 66812345678 or +66812345678.</source>
        <translation>โปรดกรอกหมายเลขโทรศัพท์มือถือในประเทศไทย เช่น 0812345678, 66812345678 หรือ +66812345678</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Thai mobile number. Use 0812345678, 66812345678 or +66812345678 (10 digits starting 06, 08 or 09; spaces and dashes are fine).</source>
        <translation>&quot;%1&quot; ไม่ใช่หมายเลขโทรศัพท์มือถือในประเทศไทย โปรดใช้รูปแบบ 0812345678, 66812345678 หรือ +66812345678 (10 หลัก ขึ้นต้นด้วย 06, 08 หรือ 09 และมีช่องว่างหรือขีดคั่นได้)</translation>
    </message>
</context>
<context>
    <name>OtpAppService</name>
    <message>
        <source>No keychain is available for App Secrets. Accept the session-only mode or make the system keychain available, then try again.</source>
        <translation>ไม่มีคีย์เชนสำหรับเก็บ App Secret โปรดยอมรับโหมดเฉพาะเซสชันนี้ หรือทำให้คีย์เชนของระบบพร้อมใช้งาน แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>This app no longer exists; it may have been deleted.</source>
        <translation>ไม่พบแอปนี้แล้ว แอปอาจถูกลบไปแล้ว</translation>
    </message>
    <message>
        <source>%1 “%2” stays in the list without its App Secret, because removing it failed too: %3 Add the secret by editing the app, or delete it.</source>
        <translation>%1 “%2” ยังอยู่ในรายการโดยไม่มี App Secret เพราะการลบแอปก็ไม่สำเร็จเช่นกัน: %3 เพิ่ม Secret โดยแก้ไขแอป หรือลบแอปนี้</translation>
    </message>
</context>
<context>
    <name>OtpAppValidator</name>
    <message>
        <source>Enter an app name, for example the name of your website or mobile app.</source>
        <translation>โปรดกรอกชื่อแอป เช่น ชื่อเว็บไซต์หรือแอปมือถือของคุณ</translation>
    </message>
    <message>
        <source>The app name must be on one line; remove line breaks and tabs.</source>
        <translation>ชื่อแอปต้องอยู่ในบรรทัดเดียว โปรดลบการขึ้นบรรทัดใหม่และแท็บออก</translation>
    </message>
    <message>
        <source>The app name has %1 characters; shorten it to at most %2.</source>
        <translation>ชื่อแอปมี %1 ตัวอักษร โปรดย่อให้เหลือไม่เกิน %2 ตัวอักษร</translation>
    </message>
    <message>
        <source>Another app is already called &quot;%1&quot;; choose a different name.</source>
        <translation>มีแอปอื่นที่ชื่อ &quot;%1&quot; อยู่แล้ว โปรดเลือกชื่ออื่น</translation>
    </message>
    <message>
        <source>Enter a contact email address, for example qa@example.com.</source>
        <translation>โปรดกรอกอีเมลผู้ติดต่อ เช่น qa@example.com</translation>
    </message>
    <message>
        <source>The email address contains a space or line break; remove it.</source>
        <translation>อีเมลมีช่องว่างหรือการขึ้นบรรทัดใหม่ โปรดลบออก</translation>
    </message>
    <message>
        <source>The email address has %1 characters; at most %2 are allowed.</source>
        <translation>อีเมลมี %1 ตัวอักษร แต่อนุญาตได้ไม่เกิน %2 ตัวอักษร</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an email address. Use the form name@domain.tld, for example qa@example.com.</source>
        <translation>&quot;%1&quot; ดูไม่เหมือนอีเมล โปรดใช้รูปแบบ name@domain.tld เช่น qa@example.com</translation>
    </message>
    <message>
        <source>Enter the name of the contact person or team.</source>
        <translation>โปรดกรอกชื่อผู้ติดต่อหรือชื่อทีม</translation>
    </message>
    <message>
        <source>The contact name has %1 characters; shorten it to at most %2.</source>
        <translation>ชื่อผู้ติดต่อมี %1 ตัวอักษร โปรดย่อให้เหลือไม่เกิน %2 ตัวอักษร</translation>
    </message>
    <message>
        <source>The OTP code must have between %1 and %2 digits; %3 is not allowed.</source>
        <translation>รหัส OTP ต้องมี %1 ถึง %2 หลัก ไม่อนุญาตให้ใช้ %3 หลัก</translation>
    </message>
    <message>
        <source>Paste the App Key shown on the app&apos;s page of the ThaiBulkSMS OTP dashboard.</source>
        <translation>โปรดวาง App Key ที่แสดงในหน้าของแอปบนแดชบอร์ด OTP ของ ThaiBulkSMS</translation>
    </message>
    <message>
        <source>The App Key must be 1 to %1 visible ASCII characters without spaces; copy it again from the dashboard.</source>
        <translation>App Key ต้องเป็นอักขระ ASCII ที่มองเห็นได้ 1 ถึง %1 ตัวและไม่มีช่องว่าง โปรดคัดลอกจากแดชบอร์ดอีกครั้ง</translation>
    </message>
    <message>
        <source>App Keys are usually 16 digits; check that you copied the whole key.</source>
        <translation>โดยปกติ App Key เป็นตัวเลข 16 หลัก โปรดตรวจสอบว่าคัดลอกมาครบทั้งหมด</translation>
    </message>
    <message>
        <source>Enter the base URL of the custom server, for example https://otp.staging.example.com.</source>
        <translation>โปรดกรอก Base URL ของเซิร์ฟเวอร์ที่กำหนดเอง เช่น https://otp.staging.example.com</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Use the form https://host[:port][/path].</source>
        <translation>&quot;%1&quot; ไม่ใช่ที่อยู่เว็บ โปรดใช้รูปแบบ https://host[:port][/path]</translation>
    </message>
    <message>
        <source>The App Secret would travel unencrypted. Use https, or plain http only to this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>App Secret จะถูกส่งโดยไม่มีการเข้ารหัส โปรดใช้ https หรือใช้ http ธรรมดาเฉพาะกับเครื่องนี้เท่านั้น (localhost, 127.0.0.1, ::1)</translation>
    </message>
    <message>
        <source>Paste the App Secret shown on the app&apos;s page of the ThaiBulkSMS OTP dashboard.</source>
        <translation>โปรดวาง App Secret ที่แสดงในหน้าของแอปบนแดชบอร์ด OTP ของ ThaiBulkSMS</translation>
    </message>
    <message>
        <source>The App Secret must be 1 to %1 visible ASCII characters without spaces; copy it again from the dashboard.</source>
        <translation>App Secret ต้องเป็นอักขระ ASCII ที่มองเห็นได้ 1 ถึง %1 ตัวและไม่มีช่องว่าง โปรดคัดลอกจากแดชบอร์ดอีกครั้ง</translation>
    </message>
    <message>
        <source>App Secrets are usually 32 lower-case hexadecimal characters; check that you copied the whole secret.</source>
        <translation>โดยปกติ App Secret เป็นอักขระเลขฐานสิบหกตัวพิมพ์เล็ก 32 ตัว โปรดตรวจสอบว่าคัดลอกมาครบทั้งหมด</translation>
    </message>
</context>
<context>
    <name>OtpCall</name>
    <message>
        <source>[certificate for %1, issued by %2, valid %3 to %4]</source>
        <translation>[ใบรับรองสำหรับ %1 ออกโดย %2 ใช้ได้ตั้งแต่ %3 ถึง %4]</translation>
    </message>
    <message>
        <source>No complete answer within %1 s; the call was aborted.</source>
        <translation>ไม่ได้รับการตอบกลับที่สมบูรณ์ภายใน %1 วินาที จึงยกเลิกการเรียก</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>ผู้ใช้ยกเลิก</translation>
    </message>
    <message>
        <source>The answer is larger than 1 MiB; reading stopped after %1 bytes.</source>
        <translation>การตอบกลับมีขนาดใหญ่กว่า 1 MiB จึงหยุดอ่านหลังจาก %1 ไบต์</translation>
    </message>
    <message>
        <source>The connection closed after %1 of the %2 bytes announced.</source>
        <translation>การเชื่อมต่อถูกปิดหลังจากได้รับ %1 จาก %2 ไบต์ที่แจ้งไว้</translation>
    </message>
</context>
<context>
    <name>OtpCallCommand</name>
    <message>
        <source>The App Secret is never taken from the command line, where ps and the shell history would keep it. Set the OTP_SECRET environment variable, or pipe the secret on standard input.</source>
        <translation>ระบบจะไม่รับ App Secret จากบรรทัดคำสั่ง เพราะ ps และประวัติของเชลล์อาจเก็บค่านั้นไว้ โปรดตั้งค่าตัวแปรสภาพแวดล้อม OTP_SECRET หรือส่ง App Secret ผ่าน pipe ทาง standard input</translation>
    </message>
    <message>
        <source>The app of the local store to call; its App Secret comes from the keychain.</source>
        <translation>แอปในที่เก็บข้อมูลในเครื่องที่จะใช้เรียก โดยอ่าน App Secret ของแอปจากคีย์เชน</translation>
    </message>
    <message>
        <source>Call this base URL instead of a stored app (https, or http only to this computer); needs --key.</source>
        <translation>เรียก Base URL นี้แทนแอปที่บันทึกไว้ (https หรือ http เฉพาะกับเครื่องนี้) ต้องใช้ร่วมกับ --key</translation>
    </message>
    <message>
        <source>The App Key to send with --base-url. The App Secret is read from the OTP_SECRET environment variable, else from standard input.</source>
        <translation>App Key ที่จะส่งเมื่อใช้ --base-url ส่วน App Secret จะอ่านจากตัวแปรสภาพแวดล้อม OTP_SECRET หรือหากไม่มีจะอ่านจาก standard input</translation>
    </message>
    <message>
        <source>API version: v1 or v2 (default v2).</source>
        <translation>เวอร์ชัน API: v1 หรือ v2 (ค่าเริ่มต้น v2)</translation>
    </message>
    <message>
        <source>Send the body as JSON instead of application/x-www-form-urlencoded.</source>
        <translation>ส่งเนื้อหาคำขอเป็น JSON แทน application/x-www-form-urlencoded</translation>
    </message>
    <message>
        <source>Print the result as one JSON object (for scripts).</source>
        <translation>แสดงผลลัพธ์เป็นออบเจ็กต์ JSON เดียว (สำหรับสคริปต์)</translation>
    </message>
    <message>
        <source>Give up after S seconds for the whole call (default 15).</source>
        <translation>ยกเลิกหากการเรียกทั้งหมดใช้เวลาเกิน S วินาที (ค่าเริ่มต้น 15)</translation>
    </message>
    <message>
        <source>Where the sandbox listens, for Sandbox apps (default %1).</source>
        <translation>ที่อยู่ที่แซนด์บ็อกซ์รอรับการเชื่อมต่อ สำหรับแอปแซนด์บ็อกซ์ (ค่าเริ่มต้น %1)</translation>
    </message>
    <message>
        <source>Base URL for Live apps instead of %1 (e.g. a staging proxy).</source>
        <translation>Base URL สำหรับแอป Live แทน %1 (เช่น พร็อกซีของ staging)</translation>
    </message>
    <message>
        <source>Do not add the call to the history of the local store.</source>
        <translation>ไม่ต้องเพิ่มการเรียกนี้ลงในประวัติของที่เก็บข้อมูลในเครื่อง</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; every value goes with an option.</source>
        <translation>อาร์กิวเมนต์ &quot;%1&quot; ไม่ถูกต้อง: ทุกค่าต้องระบุคู่กับตัวเลือก</translation>
    </message>
    <message>
        <source>Give either --app NAME (an app of the local store) or --base-url URL with --key KEY.</source>
        <translation>โปรดระบุ --app NAME (แอปในที่เก็บข้อมูลในเครื่อง) หรือ --base-url URL พร้อม --key KEY อย่างใดอย่างหนึ่ง</translation>
    </message>
    <message>
        <source>--base-url needs --key KEY (the App Key from the dashboard).</source>
        <translation>--base-url ต้องใช้ร่วมกับ --key KEY (App Key จากแดชบอร์ด)</translation>
    </message>
    <message>
        <source>--key goes with --base-url; a stored app has its own key.</source>
        <translation>--key ใช้ร่วมกับ --base-url เท่านั้น เพราะแอปที่บันทึกไว้มี App Key ของตัวเองอยู่แล้ว</translation>
    </message>
    <message>
        <source>--api needs v1 or v2, not &quot;%1&quot;.</source>
        <translation>--api ต้องเป็น v1 หรือ v2 ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--timeout needs seconds from %1 to %2.</source>
        <translation>--timeout ต้องเป็นจำนวนวินาทีตั้งแต่ %1 ถึง %2</translation>
    </message>
    <message>
        <source>There is no app named “%1” in %2. List the apps with &quot;otpctl apps list&quot;.</source>
        <translation>ไม่มีแอปชื่อ “%1” ใน %2 ดูรายการแอปได้ด้วย &quot;otpctl apps list&quot;</translation>
    </message>
    <message>
        <source>App Secret: </source>
        <translation>App Secret: </translation>
    </message>
    <message>
        <source>No App Secret: set the OTP_SECRET environment variable, or pipe the secret on standard input.</source>
        <translation>ไม่มี App Secret: โปรดตั้งค่าตัวแปรสภาพแวดล้อม OTP_SECRET หรือส่ง App Secret ผ่าน pipe ทาง standard input</translation>
    </message>
    <message>
        <source>The call was not added to the history: %1</source>
        <translation>ไม่ได้เพิ่มการเรียกนี้ลงในประวัติ: %1</translation>
    </message>
    <message>
        <source>Cannot read the App Secret of “%1” from the keychain: %2</source>
        <translation>ไม่สามารถอ่าน App Secret ของ “%1” จากคีย์เชน: %2</translation>
    </message>
</context>
<context>
    <name>OtpCallForm</name>
    <message>
        <source>Accepted: 0812345678, 66812345678 or +66812345678.</source>
        <translation>รูปแบบที่รองรับ: 0812345678, 66812345678 หรือ +66812345678</translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation>จะส่งเป็น %1</translation>
    </message>
    <message>
        <source>&amp;App:</source>
        <translation>แอป (&amp;A):</translation>
    </message>
    <message>
        <source>App to test</source>
        <translation>แอปที่จะทดสอบ</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>หมายเลขโทรศัพท์ (&amp;P):</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>หมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <source>&amp;Request OTP</source>
        <translation>ขอ OTP (&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Filled in by a successful request</source>
        <translation>กรอกให้อัตโนมัติเมื่อขอ OTP สำเร็จ</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN:</translation>
    </message>
    <message>
        <source>PIN from the SMS</source>
        <translation>PIN จาก SMS</translation>
    </message>
    <message>
        <source>Fill PIN from inbox</source>
        <translation>กรอก PIN จากกล่องข้อความ</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>ขั้นสูง</translation>
    </message>
    <message>
        <source>Verif&amp;y</source>
        <translation>ยืนยัน (&amp;Y)</translation>
    </message>
    <message>
        <source>Sends an OTP to the number (%1 in the phone number field, or %2)</source>
        <translation>ส่ง OTP ไปยังหมายเลขนี้ (กด %1 ในช่องหมายเลขโทรศัพท์ หรือ %2)</translation>
    </message>
    <message>
        <source>Checks the PIN against the token (%1 in the PIN field, or %2 there)</source>
        <translation>ตรวจสอบ PIN กับ Token (กด %1 ในช่อง PIN หรือ %2 ที่ช่องนั้น)</translation>
    </message>
</context>
<context>
    <name>OtpCallOptionsPanel</name>
    <message>
        <source>API:</source>
        <translation>API:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>เวอร์ชัน API</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>เนื้อหา:</translation>
    </message>
    <message>
        <source>Request body format</source>
        <translation>รูปแบบเนื้อหาคำขอ</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>หมดเวลา:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> วินาที</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>ระยะหมดเวลาเป็นวินาที</translation>
    </message>
</context>
<context>
    <name>OtpCallOutput</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Result:    %1</source>
        <translation>ผลลัพธ์:    %1</translation>
    </message>
    <message>
        <source>Token:     %1</source>
        <translation>Token:    %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>เลขอ้างอิง: %1</translation>
    </message>
    <message>
        <source>Message:   %1</source>
        <translation>ข้อความ:   %1</translation>
    </message>
    <message>
        <source>Code:      %1 (status %2, HTTP %3)</source>
        <translation>รหัส:      %1 (สถานะ %2, HTTP %3)</translation>
    </message>
    <message>
        <source>Code:      not in the catalog of the vendor&apos;s codes</source>
        <translation>รหัส:      ไม่อยู่ในแค็ตตาล็อกรหัสของผู้ให้บริการ</translation>
    </message>
    <message>
        <source>Summary:   %1</source>
        <translation>สรุป:      %1</translation>
    </message>
    <message>
        <source>Sent:      %1 %2</source>
        <translation>ส่งคำขอ:   %1 %2</translation>
    </message>
</context>
<context>
    <name>OtpCtl</name>
    <message>
        <source>Usage: otpctl COMMAND [options]</source>
        <translation>วิธีใช้: otpctl COMMAND [options]</translation>
    </message>
    <message>
        <source>Command-line companion of OTP Manager for ThaiBulkSMS OTP apps.</source>
        <translation>เครื่องมือบรรทัดคำสั่งคู่กับ OTP Manager สำหรับแอป OTP ของ ThaiBulkSMS</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>คำสั่ง:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>ตัวเลือก:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>แสดงวิธีใช้นี้</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>แสดงเวอร์ชัน</translation>
    </message>
    <message>
        <source>Language of the output.</source>
        <translation>ภาษาของผลลัพธ์</translation>
    </message>
    <message>
        <source>Run &quot;otpctl COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>เรียกใช้ &quot;otpctl COMMAND --help&quot; เพื่อดูตัวเลือกของคำสั่งนั้น</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>ไม่รู้จักคำสั่ง &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Run &quot;otpctl --help&quot; for the list of commands.</source>
        <translation>เรียกใช้ &quot;otpctl --help&quot; เพื่อดูรายการคำสั่ง</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 API or validation error, 2 usage error, 3 transport or system error, 4 the local store was damaged: set aside (its path on stderr) and replaced by a new, empty one, nothing else done, 5 no message (code), 6 control API token missing or wrong (code).</source>
        <translation>รหัสการออก (exit code): 0 สำเร็จ, 1 ข้อผิดพลาดจาก API หรือการตรวจสอบข้อมูล, 2 ใช้คำสั่งไม่ถูกต้อง, 3 ข้อผิดพลาดด้านการเชื่อมต่อหรือระบบ, 4 ที่เก็บข้อมูลในเครื่องเสียหาย: ย้ายไปเก็บไว้ต่างหาก (ตำแหน่งไฟล์แสดงใน stderr) และแทนที่ด้วยที่เก็บใหม่ที่ว่างเปล่า โดยไม่ได้ทำสิ่งอื่นใด, 5 ไม่มีข้อความ (code), 6 ไม่มีโทเค็นของ control API หรือโทเค็นไม่ถูกต้อง (code)</translation>
    </message>
</context>
<context>
    <name>OtpEndpoint</name>
    <message>
        <source>“%1” is not a usable base URL: write it as https://host[:port], for example https://otp.thaibulksms.com.</source>
        <translation>“%1” ไม่ใช่ Base URL ที่ใช้ได้: โปรดเขียนในรูปแบบ https://host[:port] เช่น https://otp.thaibulksms.com</translation>
    </message>
    <message>
        <source>“%1” is not an http or https URL: write the base URL as https://host[:port].</source>
        <translation>“%1” ไม่ใช่ URL แบบ http หรือ https: โปรดเขียน Base URL ในรูปแบบ https://host[:port]</translation>
    </message>
    <message>
        <source>Not sent: %1 is plain http to another computer, so the App Secret would travel unencrypted. Use https, or plain http only to this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>ไม่ได้ส่ง: %1 เป็น http ธรรมดาไปยังเครื่องอื่น App Secret จึงจะถูกส่งโดยไม่มีการเข้ารหัส โปรดใช้ https หรือใช้ http ธรรมดาเฉพาะกับเครื่องนี้เท่านั้น (localhost, 127.0.0.1, ::1)</translation>
    </message>
    <message>
        <source>Not sent: %1 carries a user name or password; remove it from the base URL (the OTP API takes its credentials in the body).</source>
        <translation>ไม่ได้ส่ง: %1 มีชื่อผู้ใช้หรือรหัสผ่านอยู่ โปรดลบออกจาก Base URL (OTP API รับข้อมูลยืนยันตัวตนในเนื้อหาคำขอ)</translation>
    </message>
    <message>
        <source>“%1” is a Sandbox app, but the sandbox is not running: start the sandbox (or give its URL), then try again.</source>
        <translation>“%1” เป็นแอปแซนด์บ็อกซ์ แต่แซนด์บ็อกซ์ไม่ได้ทำงานอยู่: โปรดเริ่มแซนด์บ็อกซ์ (หรือระบุ URL ของแซนด์บ็อกซ์) แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>“%1” is a Custom app without a base URL: edit the app and enter the server&apos;s https URL.</source>
        <translation>“%1” เป็นแอป URL กำหนดเองที่ไม่มี Base URL: โปรดแก้ไขแอปและกรอก URL แบบ https ของเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>“%1” has an unknown environment.</source>
        <translation>“%1” มีสภาพแวดล้อมที่ไม่รู้จัก</translation>
    </message>
</context>
<context>
    <name>OtpOperation</name>
    <message>
        <source>Request</source>
        <extracomment>The OTP call that sends a code by SMS (a column of the call history)</extracomment>
        <translation>ขอ OTP</translation>
    </message>
    <message>
        <source>Verify</source>
        <extracomment>The OTP call that checks the code a user typed (a column of the call history)</extracomment>
        <translation>ยืนยัน</translation>
    </message>
</context>
<context>
    <name>OtpResult</name>
    <message>
        <source>Success</source>
        <translation>สำเร็จ</translation>
    </message>
    <message>
        <source>API error</source>
        <translation>ข้อผิดพลาดจาก API</translation>
    </message>
    <message>
        <source>Transport error</source>
        <translation>ข้อผิดพลาดด้านการเชื่อมต่อ</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>หมดเวลา</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Invalid response</source>
        <translation>การตอบกลับไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>Summary of a result: the catalog&apos;s description, then its hint.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>OTP sent: token %1 (no reference number; API v1 sends none). Verify the code the user types with this token.</source>
        <translation>ส่ง OTP แล้ว: token %1 (ไม่มีเลขอ้างอิง เนื่องจาก API v1 ไม่ส่งเลขอ้างอิงมา) โปรดยืนยันรหัสที่ผู้ใช้กรอกด้วย token นี้</translation>
    </message>
    <message>
        <source>OTP sent: token %1, reference %2. Verify the code the user types with this token.</source>
        <translation>ส่ง OTP แล้ว: token %1 เลขอ้างอิง (Ref) %2 โปรดยืนยันรหัสที่ผู้ใช้กรอกด้วย token นี้</translation>
    </message>
    <message>
        <source>(The error arrived with HTTP %1; the service normally sends it with %2.)</source>
        <translation>(ข้อผิดพลาดนี้มาพร้อม HTTP %1 ซึ่งปกติบริการจะส่งมาพร้อม %2)</translation>
    </message>
    <message>
        <source>Invalid Parameter: the service did not say which field. Check that key, secret and %1 are all sent and not empty, then send again.</source>
        <translation>Invalid Parameter: บริการไม่ได้ระบุว่าเป็นฟิลด์ใด โปรดตรวจสอบว่าได้ส่ง key, secret และ %1 ครบทุกฟิลด์และไม่มีค่าว่าง แล้วส่งอีกครั้ง</translation>
    </message>
    <message>
        <source>Invalid Parameter: %1. Correct these fields and send again (msisdn: 0812345678, 66812345678 or +66812345678).</source>
        <translation>Invalid Parameter: %1 โปรดแก้ไขฟิลด์เหล่านี้แล้วส่งอีกครั้ง (msisdn: 0812345678, 66812345678 หรือ +66812345678)</translation>
    </message>
    <message>
        <source>HTTP %1: an error body without a message. The answer does not say what went wrong; check the request and the base URL.</source>
        <translation>HTTP %1: เนื้อหาข้อผิดพลาดไม่มีข้อความ การตอบกลับไม่ได้ระบุว่าเกิดปัญหาอะไร โปรดตรวจสอบคำขอและ Base URL</translation>
    </message>
    <message>
        <source>HTTP %1: the service answered “%2”, which is not in the catalog of the vendor&apos;s codes. Check the request fields; ask ThaiBulkSMS support if it persists.</source>
        <translation>HTTP %1: บริการตอบกลับว่า “%2” ซึ่งไม่อยู่ในแค็ตตาล็อกรหัสของผู้ให้บริการ โปรดตรวจสอบฟิลด์ในคำขอ หากยังเกิดปัญหาอยู่ โปรดติดต่อฝ่ายสนับสนุนของ ThaiBulkSMS</translation>
    </message>
    <message>
        <source>HTTP %1 with an empty body: the server or a proxy in front of it failed before the OTP API could answer. Retry later; if it persists, check the base URL.</source>
        <translation>HTTP %1 พร้อมเนื้อหาว่างเปล่า: เซิร์ฟเวอร์หรือพร็อกซีที่อยู่ด้านหน้าล้มเหลวก่อนที่ OTP API จะตอบกลับ โปรดลองใหม่ภายหลัง หากยังเกิดปัญหาอยู่ โปรดตรวจสอบ Base URL</translation>
    </message>
    <message>
        <source>HTTP %1 with an empty body: this is not an answer of the OTP API. Check the base URL and the API version.</source>
        <translation>HTTP %1 พร้อมเนื้อหาว่างเปล่า: นี่ไม่ใช่การตอบกลับจาก OTP API โปรดตรวจสอบ Base URL และเวอร์ชัน API</translation>
    </message>
    <message>
        <source>HTTP %1 with an HTML page (“%2”) instead of the API&apos;s JSON: a web server, proxy or gateway answered, not the OTP API. Check the base URL; retry later if it is a 5xx.</source>
        <translation>HTTP %1 พร้อมหน้า HTML (“%2”) แทน JSON ของ API: ผู้ที่ตอบกลับคือเว็บเซิร์ฟเวอร์ พร็อกซี หรือเกตเวย์ ไม่ใช่ OTP API โปรดตรวจสอบ Base URL และหากเป็น 5xx โปรดลองใหม่ภายหลัง</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ไม่มีชื่อเรื่อง</translation>
    </message>
    <message>
        <source>HTTP %1 with a body that is not valid JSON (%2): the answer is cut off or not from the OTP API. Check the base URL; retry if the connection is unstable.</source>
        <translation>HTTP %1 พร้อมเนื้อหาที่ไม่ใช่ JSON ที่ถูกต้อง (%2): การตอบกลับถูกตัดขาดหรือไม่ได้มาจาก OTP API โปรดตรวจสอบ Base URL และลองใหม่หากการเชื่อมต่อไม่เสถียร</translation>
    </message>
    <message>
        <source>HTTP %1 with a body that is not valid UTF-8 text: the answer is damaged or not from the OTP API. Check the base URL and any proxy in between.</source>
        <translation>HTTP %1 พร้อมเนื้อหาที่ไม่ใช่ข้อความ UTF-8 ที่ถูกต้อง: การตอบกลับเสียหายหรือไม่ได้มาจาก OTP API โปรดตรวจสอบ Base URL และพร็อกซีที่อยู่ระหว่างทาง</translation>
    </message>
    <message>
        <source>HTTP %1 with JSON the OTP API never sends: the server is not the OTP API, or speaks another version. Check the base URL and the API version (v1/v2).</source>
        <translation>HTTP %1 พร้อม JSON ที่ OTP API ไม่เคยส่ง: เซิร์ฟเวอร์นี้ไม่ใช่ OTP API หรือใช้ API เวอร์ชันอื่น โปรดตรวจสอบ Base URL และเวอร์ชัน API (v1/v2)</translation>
    </message>
    <message>
        <source>HTTP %1 says success, but “%2” is missing or not a string: the answer cannot be used. Check that the base URL points to the OTP API.</source>
        <translation>HTTP %1 แจ้งว่าสำเร็จ แต่ “%2” ไม่มีอยู่หรือไม่ใช่สตริง: จึงใช้การตอบกลับนี้ไม่ได้ โปรดตรวจสอบว่า Base URL ชี้ไปยัง OTP API</translation>
    </message>
    <message>
        <source>The body says success but the status is HTTP %1: the answer contradicts itself, so it is treated as failed. Check the server at the base URL.</source>
        <translation>เนื้อหาแจ้งว่าสำเร็จ แต่สถานะเป็น HTTP %1: การตอบกลับขัดแย้งกันเอง จึงถือว่าล้มเหลว โปรดตรวจสอบเซิร์ฟเวอร์ที่ Base URL</translation>
    </message>
    <message>
        <source>HTTP %1 redirect without a Location, not followed: use the final address of the API as the base URL.</source>
        <translation>HTTP %1 เปลี่ยนเส้นทาง (redirect) โดยไม่มี Location จึงไม่ได้ตามไป: โปรดใช้ที่อยู่ปลายทางจริงของ API เป็น Base URL</translation>
    </message>
    <message>
        <source>HTTP %1 redirect to %2, not followed (a redirect could drop the body or send the App Secret elsewhere): use the final address as the base URL.</source>
        <translation>HTTP %1 เปลี่ยนเส้นทาง (redirect) ไปยัง %2 แต่ไม่ได้ตามไป (การเปลี่ยนเส้นทางอาจทำให้เนื้อหาคำขอหายไป หรือส่ง App Secret ไปที่อื่น): โปรดใช้ที่อยู่ปลายทางจริงเป็น Base URL</translation>
    </message>
    <message>
        <source>The answer is larger than %1 KiB, so reading stopped: no OTP answer is that big. Check that the base URL points to the OTP API.</source>
        <translation>การตอบกลับมีขนาดใหญ่กว่า %1 KiB จึงหยุดอ่าน: ไม่มีการตอบกลับของ OTP ใดที่ใหญ่ขนาดนั้น โปรดตรวจสอบว่า Base URL ชี้ไปยัง OTP API</translation>
    </message>
    <message>
        <source>Connection refused at %1: nothing listens there. Start the server (for a Sandbox app: the sandbox), or correct the host and port.</source>
        <translation>การเชื่อมต่อถูกปฏิเสธที่ %1: ไม่มีโปรแกรมใดรอรับการเชื่อมต่ออยู่ โปรดเริ่มเซิร์ฟเวอร์ (สำหรับแอปแซนด์บ็อกซ์: เริ่มแซนด์บ็อกซ์) หรือแก้ไขโฮสต์และพอร์ต</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved (DNS): check the spelling of the URL and the network connection.</source>
        <translation>ไม่สามารถค้นหาชื่อโฮสต์ %1 ได้ (DNS): โปรดตรวจสอบการสะกด URL และการเชื่อมต่อเครือข่าย</translation>
    </message>
    <message>
        <source>TLS problem with %1: %2. Nothing was sent; fix the server&apos;s certificate or use the host name it is issued for (certificate errors are never ignored).</source>
        <translation>ปัญหา TLS กับ %1: %2 ไม่มีข้อมูลใดถูกส่งออกไป โปรดแก้ไขใบรับรองของเซิร์ฟเวอร์ หรือใช้ชื่อโฮสต์ที่ระบุในใบรับรอง (ระบบจะไม่ข้ามข้อผิดพลาดของใบรับรองเด็ดขาด)</translation>
    </message>
    <message>
        <source>The connection to %1 was closed after HTTP %2 and %3 bytes, before the whole answer arrived (%4). Retry; if it persists, check the server or the proxy in between.</source>
        <translation>การเชื่อมต่อกับ %1 ถูกปิดหลังจากได้รับ HTTP %2 และ %3 ไบต์ ก่อนที่จะได้รับการตอบกลับครบทั้งหมด (%4) โปรดลองใหม่ หากยังเกิดปัญหาอยู่ โปรดตรวจสอบเซิร์ฟเวอร์หรือพร็อกซีที่อยู่ระหว่างทาง</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before an answer arrived (%2). Retry; if it persists, check the server or the proxy in between.</source>
        <translation>การเชื่อมต่อกับ %1 ถูกปิดก่อนที่จะได้รับการตอบกลับ (%2) โปรดลองใหม่ หากยังเกิดปัญหาอยู่ โปรดตรวจสอบเซิร์ฟเวอร์หรือพร็อกซีที่อยู่ระหว่างทาง</translation>
    </message>
    <message>
        <source>Network error calling %1: %2. Check the network connection and the URL, then retry.</source>
        <translation>เกิดข้อผิดพลาดของเครือข่ายขณะเรียก %1: %2 โปรดตรวจสอบการเชื่อมต่อเครือข่ายและ URL แล้วลองใหม่</translation>
    </message>
    <message>
        <source>Timeout after %1 s: no connection to %2 could be made in time. Check that the server is reachable, then retry or raise the timeout.</source>
        <translation>หมดเวลาหลังจาก %1 วินาที: ไม่สามารถเชื่อมต่อกับ %2 ได้ทันเวลา โปรดตรวจสอบว่าเข้าถึงเซิร์ฟเวอร์ได้ แล้วลองใหม่หรือเพิ่มระยะหมดเวลา</translation>
    </message>
    <message>
        <source>Timeout after %1 s: %2 accepted the request but did not answer. The server is stuck or very slow; retry, or raise the timeout.</source>
        <translation>หมดเวลาหลังจาก %1 วินาที: %2 รับคำขอแล้วแต่ไม่ตอบกลับ เซิร์ฟเวอร์อาจค้างหรือช้ามาก โปรดลองใหม่ หรือเพิ่มระยะหมดเวลา</translation>
    </message>
    <message>
        <source>Timeout after %1 s: the answer was still arriving (%2 bytes so far). The server or the network is too slow; retry, or raise the timeout.</source>
        <translation>หมดเวลาหลังจาก %1 วินาที: การตอบกลับยังมาไม่ครบ (ได้รับแล้ว %2 ไบต์) เซิร์ฟเวอร์หรือเครือข่ายช้าเกินไป โปรดลองใหม่ หรือเพิ่มระยะหมดเวลา</translation>
    </message>
    <message>
        <source>Cancelled before the answer arrived; nothing is known about the outcome. Send the call again if needed.</source>
        <translation>ยกเลิกก่อนที่จะได้รับการตอบกลับ จึงไม่ทราบผลลัพธ์ โปรดเรียกอีกครั้งหากจำเป็น</translation>
    </message>
    <message>
        <source>The call failed: %1</source>
        <translation>การเรียกล้มเหลว: %1</translation>
    </message>
    <message>
        <source>This is not a saved OTP result: its operation or reason is unknown.</source>
        <translation>นี่ไม่ใช่ผลลัพธ์ OTP ที่บันทึกไว้: ไม่รู้จักการดำเนินการหรือสาเหตุ</translation>
    </message>
    <message>
        <source>Invalid parameter</source>
        <translation>พารามิเตอร์ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Unknown API error</source>
        <translation>ข้อผิดพลาด API ที่ไม่รู้จัก</translation>
    </message>
    <message>
        <source>Empty answer</source>
        <translation>การตอบกลับว่างเปล่า</translation>
    </message>
    <message>
        <source>HTML page instead of JSON</source>
        <translation>ได้หน้า HTML แทน JSON</translation>
    </message>
    <message>
        <source>Not JSON</source>
        <translation>ไม่ใช่ JSON</translation>
    </message>
    <message>
        <source>Not valid UTF-8</source>
        <translation>ไม่ใช่ UTF-8 ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>Unknown JSON answer</source>
        <translation>การตอบกลับ JSON ที่ไม่รู้จัก</translation>
    </message>
    <message>
        <source>Field missing in the answer</source>
        <translation>การตอบกลับขาดฟิลด์ที่จำเป็น</translation>
    </message>
    <message>
        <source>Unexpected HTTP status</source>
        <translation>สถานะ HTTP ที่ไม่คาดคิด</translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation>ถูกเปลี่ยนเส้นทาง</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>การตอบกลับใหญ่เกินไป</translation>
    </message>
    <message>
        <source>URL refused, nothing sent</source>
        <translation>URL ถูกปฏิเสธ ไม่ได้ส่งคำขอ</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>การเชื่อมต่อถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>ไม่พบโฮสต์</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>ข้อผิดพลาด TLS</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>การเชื่อมต่อถูกปิด</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>ข้อผิดพลาดเครือข่าย</translation>
    </message>
</context>
<context>
    <name>OtpResultBuilder</name>
    <message>
        <source>a JSON value that is not an object</source>
        <translation>ค่า JSON ที่ไม่ใช่ออบเจ็กต์</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 ที่ไบต์ที่ %2</translation>
    </message>
</context>
<context>
    <name>PendingSecretCleanup</name>
    <message numerus="yes">
        <source>%n App Secret(s) that an unfinished import left in the keychain could not be removed yet (%1). OTP Manager tries again the next time it starts.</source>
        <translation>
            <numerusform>ยังลบ App Secret %n รายการที่การนำเข้าที่ไม่เสร็จทิ้งไว้ในพวงกุญแจไม่ได้ (%1) OTP Manager จะลองอีกครั้งเมื่อเริ่มครั้งถัดไป</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n App Secret(s) that an unfinished import had left in the keychain.</source>
        <translation>
            <numerusform>ลบ App Secret %n รายการที่การนำเข้าที่ไม่เสร็จทิ้งไว้ในพวงกุญแจแล้ว</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingSecrets</name>
    <message>
        <source>Could not update the import&apos;s journal in the database: %1. Check that the disk is not full and the data folder %2 is writable.</source>
        <translation>ไม่สามารถอัปเดตบันทึกการนำเข้าในฐานข้อมูลได้: %1 ตรวจสอบว่าดิสก์ไม่เต็ม และโฟลเดอร์ข้อมูล %2 เขียนได้</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>≥ %1 s</source>
        <extracomment>The latency histogram&apos;s last bar: calls that took at least this many seconds</extracomment>
        <translation>≥ %1 s</translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation>%1–%2 s</translation>
    </message>
    <message>
        <source>%1–%2 ms</source>
        <translation>%1–%2 ms</translation>
    </message>
    <message>
        <source>Requests and verified per hour</source>
        <translation>คำขอและการยืนยันสำเร็จรายชั่วโมง</translation>
    </message>
    <message>
        <source>Requests and verified per day</source>
        <translation>คำขอและการยืนยันสำเร็จรายวัน</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>คำขอ</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>ยืนยันสำเร็จ</translation>
    </message>
    <message>
        <source>Outcomes by status code</source>
        <translation>ผลลัพธ์ตามรหัสสถานะ</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>จำนวนการเรียก</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>เวลาตอบสนอง</translation>
    </message>
    <message>
        <source>%1
Calls: %2</source>
        <extracomment>Tooltip of an outcome bar: %1 the call and its answer, %2 how many calls</extracomment>
        <translation>%1
จำนวนการเรียก: %2</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Report on the OTPs of a period: figures, outcomes, transactions.</source>
        <translation>รายงาน OTP ของช่วงเวลาหนึ่ง: ตัวเลขสรุป ผลลัพธ์ และรายการธุรกรรม</translation>
    </message>
    <message>
        <source>Start of the period (YYYY-MM-DD or ISO date-time). Default: 30 days ago.</source>
        <translation>จุดเริ่มต้นของช่วงเวลา (YYYY-MM-DD หรือวันเวลาแบบ ISO) ค่าเริ่มต้น: 30 วันก่อน</translation>
    </message>
    <message>
        <source>End of the period, not included; a date counts in full. Default: now.</source>
        <translation>จุดสิ้นสุดของช่วงเวลา (ไม่รวมจุดนี้) ถ้าระบุเป็นวันที่จะนับทั้งวัน ค่าเริ่มต้น: ตอนนี้</translation>
    </message>
    <message>
        <source>One app, by name or id. Default: all apps.</source>
        <translation>เฉพาะแอปเดียว ระบุด้วยชื่อหรือ id ค่าเริ่มต้น: ทุกแอป</translation>
    </message>
    <message>
        <source>calls (made from OTP Manager, the console or otpctl request/verify), sandbox (answered by the sandbox) or all. Default: all.</source>
        <translation>calls (เรียกจาก OTP Manager, คอนโซล หรือ otpctl request/verify), sandbox (ที่ sandbox ตอบ) หรือ all ค่าเริ่มต้น: all</translation>
    </message>
    <message>
        <source>Time zone of dates and day buckets (e.g. Asia/Bangkok). Default: the system&apos;s.</source>
        <translation>เขตเวลาของวันที่และช่วงรายวัน (เช่น Asia/Bangkok) ค่าเริ่มต้น: ของระบบ</translation>
    </message>
    <message>
        <source>Print the figures, series, outcomes and transactions as JSON.</source>
        <translation>แสดงตัวเลขสรุป อนุกรมเวลา ผลลัพธ์ และรายการธุรกรรมเป็น JSON</translation>
    </message>
    <message>
        <source>Print the transaction table as CSV.</source>
        <translation>แสดงตารางธุรกรรมเป็น CSV</translation>
    </message>
    <message>
        <source>Transactions in the JSON (default 100).</source>
        <translation>จำนวนธุรกรรมใน JSON (ค่าเริ่มต้น 100)</translation>
    </message>
    <message>
        <source>Report on the OTPs of a period, as the Reports page shows them (docs/reports.md).</source>
        <translation>รายงาน OTP ของช่วงเวลาหนึ่ง แบบเดียวกับที่หน้ารายงานแสดง (docs/reports.md)</translation>
    </message>
    <message>
        <source>Give --json or --csv, not both.</source>
        <translation>ระบุ --json หรือ --csv อย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองอย่าง</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>ไม่รู้จักเขตเวลา &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Dates are YYYY-MM-DD or an ISO date-time such as 2024-05-01T09:00:00+07:00.</source>
        <translation>วันที่ต้องเป็น YYYY-MM-DD หรือวันเวลาแบบ ISO เช่น 2024-05-01T09:00:00+07:00</translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation>--from ต้องอยู่ก่อน --to</translation>
    </message>
    <message>
        <source>--source is calls, sandbox or all.</source>
        <translation>--source ต้องเป็น calls, sandbox หรือ all</translation>
    </message>
    <message>
        <source>--rows is a number, 0 or more.</source>
        <translation>--rows ต้องเป็นตัวเลขตั้งแต่ 0 ขึ้นไป</translation>
    </message>
    <message>
        <source>No app named &quot;%1&quot;. &quot;otpctl apps list&quot; shows the apps.</source>
        <translation>ไม่มีแอปชื่อ &quot;%1&quot; ดูรายชื่อแอปได้ด้วย &quot;otpctl apps list&quot;</translation>
    </message>
</context>
<context>
    <name>ReportControls</name>
    <message>
        <source>All apps</source>
        <translation>ทุกแอป</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;ช่วงเวลา:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 วันล่าสุด</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 วันล่าสุด</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>กำหนดช่วงเอง</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two dates of a custom report period: &quot;1 May to 7 May&quot;</extracomment>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>&amp;App:</source>
        <translation>&amp;แอป:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>แ&amp;หล่งข้อมูล:</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>ทั้งสองแหล่ง</translation>
    </message>
    <message>
        <source>Calls from OTP Manager</source>
        <translation>การเรียกจาก OTP Manager</translation>
    </message>
    <message>
        <source>Traffic the sandbox answered</source>
        <translation>การเรียกที่ sandbox ตอบ</translation>
    </message>
    <message>
        <source>Calls made from the Test console or otpctl request/verify</source>
        <translation>การเรียกจากหน้าทดสอบ (Test console) หรือ otpctl request/verify</translation>
    </message>
    <message>
        <source>Every OTP call the sandbox answered, from any client: your backend, the console, curl</source>
        <translation>ทุกการเรียก OTP ที่ sandbox ตอบ จากไคลเอนต์ใดก็ได้ เช่น แบ็กเอนด์ของคุณ หน้าทดสอบ หรือ curl</translation>
    </message>
</context>
<context>
    <name>ReportEngine</name>
    <message>
        <source>Could not compute the report: %1</source>
        <translation>คำนวณรายงานไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>ReportFiguresPanel</name>
    <message>
        <source>Requested</source>
        <translation>ขอ OTP</translation>
    </message>
    <message>
        <source>Request calls in the period, one per OTP, refused ones included.</source>
        <translation>จำนวนการเรียกขอ OTP ในช่วงเวลานี้ หนึ่งครั้งต่อหนึ่ง OTP รวมครั้งที่ถูกปฏิเสธด้วย</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>ส่งถึงแล้ว</translation>
    </message>
    <message>
        <source>Requests answered with success and a token: the SMS was sent.</source>
        <translation>คำขอที่ได้รับคำตอบสำเร็จพร้อมโทเคน คือส่ง SMS ออกไปแล้ว</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>ยืนยันสำเร็จ</translation>
    </message>
    <message>
        <source>OTPs with a verify answered with success (a correct PIN).</source>
        <translation>OTP ที่มีการยืนยันได้รับคำตอบสำเร็จ (กรอก PIN ถูกต้อง)</translation>
    </message>
    <message>
        <source>First-try success</source>
        <translation>สำเร็จในครั้งแรก</translation>
    </message>
    <message>
        <source>OTPs whose first verify was the correct PIN, divided by the OTPs with at least one verify.</source>
        <translation>จำนวน OTP ที่การยืนยันครั้งแรกเป็น PIN ที่ถูกต้อง หารด้วยจำนวน OTP ที่มีการยืนยันอย่างน้อยหนึ่งครั้ง</translation>
    </message>
    <message>
        <source>Verify success</source>
        <translation>อัตรายืนยันสำเร็จ</translation>
    </message>
    <message>
        <source>Verified OTPs divided by the OTPs with at least one verify.</source>
        <translation>จำนวน OTP ที่ยืนยันสำเร็จ หารด้วยจำนวน OTP ที่มีการยืนยันอย่างน้อยหนึ่งครั้ง</translation>
    </message>
    <message>
        <source>Expired unused</source>
        <translation>หมดอายุโดยไม่ได้ใช้</translation>
    </message>
    <message>
        <source>OTPs neither verified nor burned whose token expired, or whose verify was answered &quot;Token is expire.&quot;.</source>
        <translation>OTP ที่ไม่ได้ยืนยันสำเร็จและไม่ถูกล็อก ซึ่งโทเคนหมดอายุแล้ว หรือการยืนยันได้รับคำตอบว่า &quot;Token is expire.&quot;</translation>
    </message>
    <message>
        <source>Burned</source>
        <translation>ถูกล็อก</translation>
    </message>
    <message>
        <source>OTPs with five or more wrong PINs and no correct one.</source>
        <translation>OTP ที่กรอก PIN ผิดตั้งแต่ห้าครั้งขึ้นไปและไม่เคยกรอกถูก</translation>
    </message>
    <message>
        <source>Failed requests</source>
        <translation>คำขอที่ล้มเหลว</translation>
    </message>
    <message>
        <source>Requests not answered with success and a token: no SMS was sent.</source>
        <translation>คำขอที่ไม่ได้รับคำตอบสำเร็จพร้อมโทเคน จึงไม่มีการส่ง SMS</translation>
    </message>
    <message>
        <source>Median latency</source>
        <translation>เวลาตอบกลับมัธยฐาน</translation>
    </message>
    <message>
        <source>The middle value of the latency of every call of the period, requests and verifies (nearest rank, in steps of 0.1 ms).</source>
        <translation>ค่ากลางของเวลาตอบกลับของทุกการเรียกในช่วงเวลานี้ ทั้งคำขอและการยืนยัน (วิธี nearest rank ละเอียดทีละ 0.1 มิลลิวินาที)</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>เวลาตอบกลับ p95</translation>
    </message>
    <message>
        <source>95% of the calls of the period were answered within this time (nearest rank, in steps of 0.1 ms).</source>
        <translation>95% ของการเรียกในช่วงเวลานี้ได้รับคำตอบภายในเวลานี้ (วิธี nearest rank ละเอียดทีละ 0.1 มิลลิวินาที)</translation>
    </message>
    <message>
        <source>Median SMS to PIN</source>
        <translation>เวลามัธยฐานจาก SMS ถึง PIN</translation>
    </message>
    <message>
        <source>The middle value, over verified OTPs, of the time from the request to its first correct verify (in steps of 0.1 s).</source>
        <translation>ค่ากลางของเวลาตั้งแต่ขอ OTP จนถึงการยืนยันที่ถูกต้องครั้งแรก คิดจาก OTP ที่ยืนยันสำเร็จ (ละเอียดทีละ 0.1 วินาที)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>รอยืนยัน</translation>
    </message>
    <message>
        <source>Delivered OTPs still valid now and not verified yet.</source>
        <translation>OTP ที่ส่งถึงแล้ว ยังไม่หมดอายุ และยังไม่ได้ยืนยัน</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Period: %1 to %2 (%3), source: %4</source>
        <translation>ช่วงเวลา: %1 ถึง %2 (%3), แหล่งข้อมูล: %4</translation>
    </message>
    <message>
        <source>OTPs requested</source>
        <translation>OTP ที่ขอ</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>ส่งถึงแล้ว</translation>
    </message>
    <message>
        <source>Failed requests</source>
        <translation>คำขอที่ล้มเหลว</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>Verified at the first try</source>
        <translation>ยืนยันสำเร็จในครั้งแรก</translation>
    </message>
    <message>
        <source>Verified overall</source>
        <translation>ยืนยันสำเร็จทั้งหมด</translation>
    </message>
    <message>
        <source>Expired unused</source>
        <translation>หมดอายุโดยไม่ได้ใช้</translation>
    </message>
    <message>
        <source>Burned by wrong PINs</source>
        <translation>ถูกระงับเพราะใส่ PIN ผิด</translation>
    </message>
    <message>
        <source>Still pending</source>
        <translation>ยังรอการยืนยัน</translation>
    </message>
    <message>
        <source>Verify calls with an unknown token</source>
        <translation>การยืนยันที่ใช้ token ที่ไม่รู้จัก</translation>
    </message>
    <message>
        <source>Latency, median</source>
        <translation>เวลาตอบสนอง ค่ามัธยฐาน</translation>
    </message>
    <message>
        <source>Latency, 95th percentile</source>
        <translation>เวลาตอบสนอง เปอร์เซ็นไทล์ที่ 95</translation>
    </message>
    <message>
        <source>SMS to correct PIN, median</source>
        <translation>จาก SMS ถึง PIN ที่ถูกต้อง ค่ามัธยฐาน</translation>
    </message>
    <message>
        <source>Outcomes:</source>
        <translation>ผลลัพธ์:</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Failed</source>
        <extracomment>State of an OTP whose request was refused (no SMS sent)</extracomment>
        <translation>ล้มเหลว</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>State of an OTP still valid and not verified yet</extracomment>
        <translation>รอยืนยัน</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>ยืนยันสำเร็จ</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>หมดอายุ</translation>
    </message>
    <message>
        <source>Burned</source>
        <extracomment>State of an OTP locked after five wrong PINs</extracomment>
        <translation>ถูกล็อก</translation>
    </message>
    <message>
        <source>OTP Manager</source>
        <extracomment>Source of a report row: a call made from OTP Manager (console, otpctl)</extracomment>
        <translation>OTP Manager</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <extracomment>Source of a report row: a call the local sandbox answered</extracomment>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>ทั้งสองแหล่ง</translation>
    </message>
    <message>
        <source>Request</source>
        <extracomment>An OTP API call: request an OTP, or verify a PIN</extracomment>
        <translation>ขอ OTP</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>ยืนยัน</translation>
    </message>
    <message>
        <source>Success</source>
        <extracomment>Outcome of a call the service answered with success</extracomment>
        <translation>สำเร็จ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Outcome chart: %1 the call (Request, Verify), %2 its decoded answer</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A rate in percent, e.g. 87.5%</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 วินาที</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 มิลลิวินาที</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>A duration: %1 minutes, %2 seconds</extracomment>
        <translation>%1 นาที %2 วินาที</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Codes seen by one OTP: %1 its request&apos;s answer, %2 its verifies&apos; answers</extracomment>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <source>Wrote %n transaction(s) to %1</source>
        <translation>
            <numerusform>บันทึกรายการ %n รายการลงใน %1 แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>No raw exchange for this OTP: another client called the sandbox, and the sandbox keeps no bodies.</source>
        <translation>ไม่มีข้อมูลการเรียกดิบของ OTP นี้ เพราะไคลเอนต์อื่นเป็นผู้เรียก sandbox และ sandbox ไม่เก็บเนื้อหาของคำขอ</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <extracomment>When the report&apos;s figures were last computed or moved by a new call</extracomment>
        <translation>อัปเดตเมื่อ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n OTP(s)</source>
        <translation>
            <numerusform>%n OTP</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the figures to %1</source>
        <translation>บันทึกตัวเลขสรุปลงใน %1 แล้ว</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n chart(s) to %1</source>
        <translation>
            <numerusform>บันทึกแผนภูมิ %n รูปลงใน %1 แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Export transactions as CSV</source>
        <translation>ส่งออกรายการเป็น CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export figures as JSON</source>
        <translation>ส่งออกตัวเลขสรุปเป็น JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export charts as PNG into</source>
        <translation>ส่งออกแผนภูมิเป็น PNG ไปยัง</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;รีเฟรช</translation>
    </message>
    <message>
        <source>Compute the report again (F5): pending OTPs whose time is up become expired</source>
        <translation>คำนวณรายงานใหม่ (F5) OTP ที่รอยืนยันและหมดเวลาแล้วจะนับเป็นหมดอายุ</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>ส่&amp;งออก</translation>
    </message>
    <message>
        <source>Transactions as CSV…</source>
        <translation>รายการเป็น CSV…</translation>
    </message>
    <message>
        <source>Figures as JSON…</source>
        <translation>ตัวเลขสรุปเป็น JSON…</translation>
    </message>
    <message>
        <source>Charts as PNG…</source>
        <translation>แผนภูมิเป็น PNG…</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>กำลังคำนวณรายงาน…</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Search app, number, reference or token</source>
        <translation>ค้นหาแอป หมายเลข รหัสอ้างอิง หรือโทเคน</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <source>Double-click a row to open its raw exchange in the Test console</source>
        <translation>ดับเบิลคลิกแถวเพื่อเปิดข้อมูลการเรียกดิบในหน้าทดสอบ</translation>
    </message>
</context>
<context>
    <name>ReportsSettingsBox</name>
    <message>
        <source>Reports</source>
        <extracomment>Settings group about the Reports page&apos;s data</extracomment>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>The calls the sandbox answers are recorded for the Reports page. Older ones are deleted in the background, and the oldest beyond the limit. Calls made from OTP Manager stay in the history.</source>
        <translation>การเรียกที่แซนด์บ็อกซ์ตอบจะถูกบันทึกไว้สำหรับหน้ารายงาน รายการที่เก่ากว่าที่กำหนดจะถูกลบในเบื้องหลัง รวมถึงรายการที่เก่าที่สุดเมื่อเกินขีดจำกัด ส่วนการเรียกจาก OTP Manager ยังคงอยู่ในประวัติ</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>เก็บไว้ (&amp;K):</translation>
    </message>
    <message>
        <source>Forever</source>
        <extracomment>Retention of recorded sandbox calls: 0 days means they are never deleted for their age</extracomment>
        <translation>ตลอดไป</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Suffix of a number of days, with its leading space</extracomment>
        <translation> วัน</translation>
    </message>
    <message>
        <source>Days to keep recorded sandbox calls</source>
        <translation>จำนวนวันที่เก็บการเรียกแซนด์บ็อกซ์ที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Ro&amp;w limit:</source>
        <translation>จำนวนสูงสุด (&amp;W):</translation>
    </message>
    <message>
        <source>No limit</source>
        <extracomment>Row limit of recorded sandbox calls: 0 means no limit</extracomment>
        <translation>ไม่จำกัด</translation>
    </message>
    <message>
        <source> calls</source>
        <extracomment>Suffix of a number of recorded calls, with its leading space</extracomment>
        <translation> ครั้ง</translation>
    </message>
    <message>
        <source>Most recorded sandbox calls kept</source>
        <translation>จำนวนการเรียกแซนด์บ็อกซ์ที่บันทึกไว้สูงสุด</translation>
    </message>
</context>
<context>
    <name>RequestCommand</name>
    <message>
        <source>Send an OTP to a phone number (POST /v2/otp/request).</source>
        <translation>ส่ง OTP ไปยังหมายเลขโทรศัพท์ (POST /v2/otp/request)</translation>
    </message>
    <message>
        <source>The phone number: 0812345678, 66812345678 or +66812345678.</source>
        <translation>หมายเลขโทรศัพท์: 0812345678, 66812345678 หรือ +66812345678</translation>
    </message>
    <message>
        <source>Send --msisdn as typed, without checking it is a Thai mobile number (to see what the API says about it).</source>
        <translation>ส่ง --msisdn ตามที่พิมพ์โดยไม่ตรวจสอบว่าเป็นหมายเลขโทรศัพท์มือถือในประเทศไทยหรือไม่ (เพื่อดูว่า API ตอบกลับอย่างไร)</translation>
    </message>
    <message>
        <source>Give the phone number with --msisdn NUMBER.</source>
        <translation>โปรดระบุหมายเลขโทรศัพท์ด้วย --msisdn NUMBER</translation>
    </message>
    <message>
        <source>Request an OTP for a phone number through an app of the local store (--app) or a base URL (--base-url with --key; App Secret from OTP_SECRET or standard input).
Exit code 0: sent; 1: the API answered an error, or input failed validation; 2: usage error; 3: network, timeout, invalid answer or keychain problem; 4: the local store was damaged and set aside (--app), nothing sent.</source>
        <translation>ขอ OTP สำหรับหมายเลขโทรศัพท์ผ่านแอปในที่เก็บข้อมูลในเครื่อง (--app) หรือ Base URL (--base-url พร้อม --key โดยอ่าน App Secret จาก OTP_SECRET หรือ standard input)
รหัสการออก (exit code) 0: ส่งแล้ว, 1: API ตอบกลับเป็นข้อผิดพลาด หรือข้อมูลที่ป้อนไม่ผ่านการตรวจสอบ, 2: ใช้คำสั่งไม่ถูกต้อง, 3: ปัญหาด้านเครือข่าย หมดเวลา การตอบกลับไม่ถูกต้อง หรือปัญหาคีย์เชน, 4: ที่เก็บข้อมูลในเครื่องเสียหายและถูกย้ายไปเก็บไว้ต่างหาก (--app) โดยยังไม่ได้ส่งคำขอ</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>No call yet</source>
        <translation>ยังไม่มีการเรียก</translation>
    </message>
    <message>
        <source>Pick an app, enter a phone number and request an OTP.</source>
        <translation>เลือกแอป กรอกหมายเลขโทรศัพท์ แล้วขอ OTP</translation>
    </message>
    <message>
        <source>OTP sent</source>
        <translation>ส่ง OTP แล้ว</translation>
    </message>
    <message>
        <source>Code is correct</source>
        <translation>รหัสถูกต้อง</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>Token: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>เลขอ้างอิง (Ref): %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>สถานะ HTTP: %1</translation>
    </message>
    <message>
        <source>No HTTP answer</source>
        <translation>ไม่มีการตอบกลับ HTTP</translation>
    </message>
    <message>
        <source>Latency: %1 ms</source>
        <translation>ความหน่วง: %1 ms</translation>
    </message>
    <message>
        <source>Status code %1 · %2</source>
        <translation>รหัสสถานะ %1 · %2</translation>
    </message>
    <message>
        <source>Requesting an OTP…</source>
        <translation>กำลังขอ OTP…</translation>
    </message>
    <message>
        <source>Verifying the PIN…</source>
        <translation>กำลังยืนยัน PIN…</translation>
    </message>
    <message>
        <source>Answered by the sandbox&apos;s fault injection, not by a real error: turn it off on the Sandbox inbox page.</source>
        <translation>คำตอบนี้มาจากการจำลองข้อผิดพลาดของแซนด์บ็อกซ์ ไม่ใช่ข้อผิดพลาดจริง ปิดได้ที่หน้ากล่องข้อความแซนด์บ็อกซ์</translation>
    </message>
    <message numerus="yes">
        <source>The sandbox&apos;s clock was %n minute(s) ahead, so its codes expire that much sooner: reset it on the Sandbox inbox page.</source>
        <translation>
            <numerusform>นาฬิกาของแซนด์บ็อกซ์เดินเร็วกว่าเวลาจริง %n นาที รหัสจึงหมดอายุเร็วขึ้นเท่านั้น รีเซ็ตได้ที่หน้ากล่องข้อความแซนด์บ็อกซ์</numerusform>
        </translation>
    </message>
    <message>
        <source>The sandbox&apos;s clock was %1 s ahead, so its codes expire that much sooner: reset it on the Sandbox inbox page.</source>
        <translation>นาฬิกาของแซนด์บ็อกซ์เดินเร็วกว่าเวลาจริง %1 วินาที รหัสจึงหมดอายุเร็วขึ้นเท่านั้น รีเซ็ตได้ที่หน้ากล่องข้อความแซนด์บ็อกซ์</translation>
    </message>
    <message>
        <source>Status code %1</source>
        <translation>รหัสสถานะ %1</translation>
    </message>
</context>
<context>
    <name>SandboxAccessBox</name>
    <message>
        <source>Allow &amp;other machines to reach the sandbox</source>
        <translation>อนุญาตให้เครื่องอื่นเข้าถึงแซนด์บ็อกซ์ (&amp;O)</translation>
    </message>
    <message>
        <source>Listen on every network address (0.0.0.0) instead of this computer only, like otpctl sandbox --allow-remote</source>
        <translation>รับการเชื่อมต่อจากทุกที่อยู่เครือข่าย (0.0.0.0) แทนที่จะรับเฉพาะเครื่องนี้ เหมือน otpctl sandbox --allow-remote</translation>
    </message>
    <message>
        <source>Anyone on your network can then call the sandbox. Its control API hands out OTP codes, so it requires this token (Authorization: Bearer …); the OTP routes stay open.</source>
        <translation>ทุกคนในเครือข่ายของคุณจะเรียกแซนด์บ็อกซ์ได้ API ควบคุมของแซนด์บ็อกซ์ให้รหัส OTP ออกไป จึงต้องใช้โทเคนนี้ (Authorization: Bearer …) ส่วนเส้นทาง OTP ยังเปิดอยู่เหมือนเดิม</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>โทเคน API (&amp;T):</translation>
    </message>
    <message>
        <source>Control API token</source>
        <translation>โทเคนของ API ควบคุม</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>สร้างใหม่</translation>
    </message>
</context>
<context>
    <name>SandboxApiQuery</name>
    <message>
        <source>&quot;msisdn&quot; is not a Thai mobile number (0812345678, 66812345678 or +66812345678).</source>
        <translation>&quot;msisdn&quot; ไม่ใช่เบอร์มือถือไทย (0812345678, 66812345678 หรือ +66812345678)</translation>
    </message>
    <message>
        <source>&quot;state&quot; must be one of %1.</source>
        <translation>&quot;state&quot; ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: %1</translation>
    </message>
    <message>
        <source>&quot;after&quot; needs a message id or an ISO-8601 time such as 2024-01-01T09:15:00.000Z.</source>
        <translation>&quot;after&quot; ต้องเป็นรหัสข้อความ หรือเวลาแบบ ISO-8601 เช่น 2024-01-01T09:15:00.000Z</translation>
    </message>
    <message>
        <source>&quot;start&quot; needs a whole number from 0.</source>
        <translation>&quot;start&quot; ต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป</translation>
    </message>
    <message>
        <source>&quot;limit&quot; needs a whole number from 0 to %1.</source>
        <translation>&quot;limit&quot; ต้องเป็นจำนวนเต็มตั้งแต่ 0 ถึง %1</translation>
    </message>
    <message>
        <source>&quot;wait&quot; needs seconds from 0 to %1.</source>
        <translation>&quot;wait&quot; ต้องเป็นจำนวนวินาทีตั้งแต่ 0 ถึง %1</translation>
    </message>
</context>
<context>
    <name>SandboxAppsFile</name>
    <message>
        <source>“%1” is not a sandbox app; the sandbox does not serve it.</source>
        <translation>“%1” ไม่ใช่แอปแซนด์บ็อกซ์ แซนด์บ็อกซ์จึงไม่ให้บริการแอปนี้</translation>
    </message>
    <message>
        <source>%1 holds no usable sandbox app.</source>
        <translation>%1 ไม่มีแอปแซนด์บ็อกซ์ที่ใช้งานได้</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Run the OTP sandbox server headless until Ctrl+C (for CI).</source>
        <translation>เรียกใช้เซิร์ฟเวอร์แซนด์บ็อกซ์ OTP แบบไม่มีหน้าจอจนกว่าจะกด Ctrl+C (สำหรับ CI)</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>ที่อยู่ที่จะรอรับการเชื่อมต่อ (ค่าเริ่มต้น 127.0.0.1)</translation>
    </message>
    <message>
        <source>Port (default 8765; 0 = any free port).</source>
        <translation>พอร์ต (ค่าเริ่มต้น 8765; 0 = พอร์ตว่างใดก็ได้)</translation>
    </message>
    <message>
        <source>Serve the sandbox apps of this export file (each may carry its &quot;secret&quot;), instead of the local store&apos;s.</source>
        <translation>ให้บริการแอปแซนด์บ็อกซ์จากไฟล์ส่งออกนี้ (แต่ละแอปอาจมี &quot;secret&quot; ของตัวเอง) แทนแอปในที่เก็บข้อมูลในเครื่อง</translation>
    </message>
    <message>
        <source>Also append every SMS as a JSON line to this file.</source>
        <translation>เพิ่ม SMS ทุกข้อความต่อท้ายไฟล์นี้ด้วย โดยเขียนเป็น JSON บรรทัดละหนึ่งข้อความ</translation>
    </message>
    <message>
        <source>Delay every OTP answer by MS.</source>
        <translation>หน่วงเวลาการตอบกลับ OTP ทุกครั้งเป็นเวลา MS มิลลิวินาที</translation>
    </message>
    <message>
        <source>Add a random 0..MS to the delay.</source>
        <translation>เพิ่มค่าสุ่ม 0..MS มิลลิวินาทีให้กับการหน่วงเวลา</translation>
    </message>
    <message>
        <source>Answer OTP calls with this catalog entry (status code or error name), or &quot;drop&quot; to close the connection without an answer.</source>
        <translation>ตอบกลับการเรียก OTP ด้วยรายการนี้ในแค็ตตาล็อก (รหัสสถานะหรือชื่อข้อผิดพลาด) หรือใช้ &quot;drop&quot; เพื่อปิดการเชื่อมต่อโดยไม่ตอบกลับ</translation>
    </message>
    <message>
        <source>Apply --fail to this share of calls (0..1).</source>
        <translation>ใช้ --fail กับการเรียกตามสัดส่วนนี้ (0..1)</translation>
    </message>
    <message>
        <source>Apply --fail to the next N calls only.</source>
        <translation>ใช้ --fail กับการเรียก N ครั้งถัดไปเท่านั้น</translation>
    </message>
    <message>
        <source>--bind needs an IP address, not &quot;%1&quot;.</source>
        <translation>--bind ต้องเป็นที่อยู่ IP ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation>--port ต้องเป็นตัวเลขตั้งแต่ 0 ถึง 65535</translation>
    </message>
    <message>
        <source>--latency needs milliseconds from 0 to %1.</source>
        <translation>--latency ต้องเป็นจำนวนมิลลิวินาทีตั้งแต่ 0 ถึง %1</translation>
    </message>
    <message>
        <source>--jitter needs milliseconds from 0 to %1.</source>
        <translation>--jitter ต้องเป็นจำนวนมิลลิวินาทีตั้งแต่ 0 ถึง %1</translation>
    </message>
    <message>
        <source>--fail: &quot;%1&quot; is not a status code or error name of the catalog (see &quot;otpctl decode&quot;), nor &quot;drop&quot;.</source>
        <translation>--fail: &quot;%1&quot; ไม่ใช่รหัสสถานะหรือชื่อข้อผิดพลาดในแค็ตตาล็อก (ดู &quot;otpctl decode&quot;) และไม่ใช่ &quot;drop&quot;</translation>
    </message>
    <message>
        <source>--fail-rate needs a number from 0 to 1.</source>
        <translation>--fail-rate ต้องเป็นตัวเลขตั้งแต่ 0 ถึง 1</translation>
    </message>
    <message>
        <source>--fail-next needs a positive number.</source>
        <translation>--fail-next ต้องเป็นจำนวนบวก</translation>
    </message>
    <message>
        <source>--fail-rate and --fail-next go with --fail.</source>
        <translation>--fail-rate และ --fail-next ต้องใช้ร่วมกับ --fail</translation>
    </message>
    <message>
        <source>Cannot write the inbox file %1: %2</source>
        <translation>ไม่สามารถเขียนไฟล์กล่องข้อความ %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the apps file %1.</source>
        <translation>ไม่สามารถอ่านไฟล์แอป %1</translation>
    </message>
    <message>
        <source>The local store in %1 has no sandbox app. Create one in OTP Manager, or pass --apps FILE.json.</source>
        <translation>ที่เก็บข้อมูลในเครื่องที่ %1 ไม่มีแอปแซนด์บ็อกซ์ โปรดสร้างแอปใน OTP Manager หรือระบุ --apps FILE.json</translation>
    </message>
    <message>
        <source>“%1” is not served: %2</source>
        <translation>ไม่ได้ให้บริการ “%1”: %2</translation>
    </message>
    <message>
        <source>No sandbox app&apos;s secret could be read from the keychain. Pass --apps FILE.json with the secrets instead.</source>
        <translation>ไม่สามารถอ่าน App Secret ของแอปแซนด์บ็อกซ์ใดจากคีย์เชนได้เลย โปรดระบุ --apps FILE.json ที่มี App Secret แทน</translation>
    </message>
    <message>
        <source>Allow a non-loopback --bind address (other machines can then reach the sandbox; the control API then needs a bearer token).</source>
        <translation>อนุญาตให้ --bind เป็นที่อยู่ที่ไม่ใช่ loopback (เครื่องอื่นจะเข้าถึงแซนด์บ็อกซ์ได้ และ control API จะต้องใช้ bearer token)</translation>
    </message>
    <message>
        <source>The bearer token the control API (/sandbox/v1/) requires. Without it, a non-loopback address gets one generated, printed in the listening line.</source>
        <translation>bearer token ที่ control API (/sandbox/v1/) ต้องการ หากไม่ระบุและใช้ที่อยู่ที่ไม่ใช่ loopback ระบบจะสร้างให้และแสดงในบรรทัด listening</translation>
    </message>
    <message>
        <source>--api-token needs a token without spaces.</source>
        <translation>--api-token ต้องเป็น token ที่ไม่มีช่องว่าง</translation>
    </message>
    <message>
        <source>Also POST every SMS as the message JSON to this http or https URL (repeatable); a delivery given up prints a webhook-failed line.</source>
        <translation>ส่ง SMS ทุกข้อความเป็น JSON ของข้อความด้วย POST ไปยัง URL แบบ http หรือ https นี้ด้วย (ระบุซ้ำได้) การส่งที่ยกเลิกไปจะพิมพ์บรรทัด webhook-failed</translation>
    </message>
    <message>
        <source>Run the OTP sandbox: a local server with the real API&apos;s wire format. Prints JSON lines on stdout: listening, app, sms, request, webhook-failed, stopped.</source>
        <translation>รัน OTP sandbox: เซิร์ฟเวอร์ในเครื่องที่ใช้รูปแบบข้อมูลเดียวกับ API จริง พิมพ์บรรทัด JSON ทาง stdout: listening, app, sms, request, webhook-failed, stopped</translation>
    </message>
    <message>
        <source>Store every OTP call the sandbox answers in the data folder, for &quot;otpctl report&quot; and the Reports page (never a secret or a PIN).</source>
        <translation>บันทึกการเรียก OTP ทุกครั้งที่ sandbox ตอบไว้ในโฟลเดอร์ข้อมูล สำหรับ &quot;otpctl report&quot; และหน้ารายงาน (ไม่เก็บ secret หรือ PIN)</translation>
    </message>
    <message>
        <source>With --record: delete recorded calls older than DAYS (default 90; 0 keeps them for ever).</source>
        <translation>ใช้กับ --record: ลบการเรียกที่บันทึกไว้ซึ่งเก่ากว่า DAYS วัน (ค่าเริ่มต้น 90; 0 คือเก็บไว้ตลอดไป)</translation>
    </message>
    <message>
        <source>With --record: keep at most N recorded calls, the newest (default 2000000; 0: no limit).</source>
        <translation>ใช้กับ --record: เก็บการเรียกที่บันทึกไว้ไม่เกิน N รายการล่าสุด (ค่าเริ่มต้น 2000000; 0 คือไม่จำกัด)</translation>
    </message>
    <message>
        <source>%1 applies to recorded calls: add --record.</source>
        <translation>%1 ใช้กับการเรียกที่บันทึกไว้: เพิ่ม --record</translation>
    </message>
    <message>
        <source>%1 needs a whole number from 0 to %2.</source>
        <translation>%1 ต้องเป็นจำนวนเต็มตั้งแต่ 0 ถึง %2</translation>
    </message>
</context>
<context>
    <name>SandboxControlApi</name>
    <message>
        <source>No message matches.</source>
        <translation>ไม่มีข้อความที่ตรงกับเงื่อนไข</translation>
    </message>
    <message>
        <source>The control API needs &quot;Authorization: Bearer &lt;token&gt;&quot; with the sandbox&apos;s API token.</source>
        <translation>control API ต้องมี &quot;Authorization: Bearer &lt;token&gt;&quot; พร้อม API token ของแซนด์บ็อกซ์</translation>
    </message>
    <message>
        <source>There is no %1 in the control API.</source>
        <translation>ไม่มี %1 ใน control API</translation>
    </message>
    <message>
        <source>This route takes %1.</source>
        <translation>เส้นทางนี้รับเมธอด %1</translation>
    </message>
    <message>
        <source>The body is over %1 bytes.</source>
        <translation>เนื้อหาคำขอเกิน %1 ไบต์</translation>
    </message>
    <message>
        <source>No such route.</source>
        <translation>ไม่มีเส้นทางนี้</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a message id (a positive number).</source>
        <translation>&quot;%1&quot; ไม่ใช่รหัสข้อความ (ต้องเป็นจำนวนเต็มบวก)</translation>
    </message>
    <message>
        <source>There is no message %1.</source>
        <translation>ไม่มีข้อความหมายเลข %1</translation>
    </message>
    <message>
        <source>The sandbox holds no token %1.</source>
        <translation>แซนด์บ็อกซ์ไม่มี token %1</translation>
    </message>
    <message>
        <source>The token is no longer pending: it was verified, burned or has expired.</source>
        <translation>token นี้ไม่ได้รอการยืนยันแล้ว: ถูกยืนยันไปแล้ว ถูกล็อกเพราะกรอกผิดเกินจำนวน หรือหมดอายุแล้ว</translation>
    </message>
    <message>
        <source>Send {&quot;advanceSeconds&quot;:N} with N from 0 to %1, or {&quot;reset&quot;:true}.</source>
        <translation>ส่ง {&quot;advanceSeconds&quot;:N} โดย N อยู่ระหว่าง 0 ถึง %1 หรือ {&quot;reset&quot;:true}</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>เนื้อหาคำขอต้องเป็นออบเจกต์ JSON</translation>
    </message>
    <message>
        <source>The sandbox stopped before a matching message arrived.</source>
        <translation>แซนด์บ็อกซ์หยุดทำงานก่อนที่จะมีข้อความที่ตรงกับเงื่อนไขเข้ามา</translation>
    </message>
</context>
<context>
    <name>SandboxControlClient</name>
    <message>
        <source>No sandbox answered at %1: %2. Start one (otpctl sandbox, or the sandbox of OTP Manager) or give its URL with --sandbox-url.</source>
        <translation>ไม่มี sandbox ตอบที่ %1: %2 เริ่ม sandbox (otpctl sandbox หรือ sandbox ของ OTP Manager) หรือระบุ URL ด้วย --sandbox-url</translation>
    </message>
    <message>
        <source>The sandbox at %1 needs its control API token: give it with --api-token (or OTP_SANDBOX_API_TOKEN); the one given, if any, is wrong.</source>
        <translation>sandbox ที่ %1 ต้องใช้โทเค็นของ control API: ระบุด้วย --api-token (หรือ OTP_SANDBOX_API_TOKEN) หากระบุไว้แล้ว แสดงว่าโทเค็นไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>No message for this number came to the sandbox (use --wait S to wait for one, --after to skip older ones).</source>
        <translation>ไม่มีข้อความสำหรับหมายเลขนี้มาถึง sandbox (ใช้ --wait S เพื่อรอข้อความ หรือ --after เพื่อข้ามข้อความเก่า)</translation>
    </message>
    <message>
        <source>The sandbox refused a parameter: %1</source>
        <translation>sandbox ปฏิเสธพารามิเตอร์: %1</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, not as the sandbox&apos;s control API does. Is it an OTP Manager sandbox?</source>
        <translation>%1 ตอบ HTTP %2 ซึ่งไม่ใช่แบบที่ control API ของ sandbox ตอบ นี่คือ sandbox ของ OTP Manager หรือไม่</translation>
    </message>
</context>
<context>
    <name>SandboxFaults</name>
    <message>
        <source>Latency and jitter must be between 0 and %1 ms.</source>
        <translation>ค่าหน่วงเวลา (latency) และความแปรปรวน (jitter) ต้องอยู่ระหว่าง 0 ถึง %1 ms</translation>
    </message>
    <message>
        <source>Row %1 is not in the error catalog; choose a row from 1 to %2.</source>
        <translation>ไม่มีแถวที่ %1 ในแค็ตตาล็อกข้อผิดพลาด โปรดเลือกแถวที่ 1 ถึง %2</translation>
    </message>
    <message>
        <source>The number of requests to fail cannot be negative.</source>
        <translation>จำนวนคำขอที่จะให้ล้มเหลวต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>The share of requests to fail must be between 0 and 1.</source>
        <translation>สัดส่วนคำขอที่จะให้ล้มเหลวต้องอยู่ระหว่าง 0 ถึง 1</translation>
    </message>
</context>
<context>
    <name>SandboxFaultsJson</name>
    <message>
        <source>&quot;%1&quot; needs milliseconds from 0 to %2.</source>
        <translation>&quot;%1&quot; ต้องเป็นมิลลิวินาทีตั้งแต่ 0 ถึง %2</translation>
    </message>
    <message>
        <source>&quot;rate&quot; and &quot;next&quot; go with &quot;fail&quot;.</source>
        <translation>&quot;rate&quot; และ &quot;next&quot; ต้องใช้คู่กับ &quot;fail&quot;</translation>
    </message>
    <message>
        <source>Set &quot;rate&quot; or &quot;next&quot;, not both.</source>
        <translation>ระบุ &quot;rate&quot; หรือ &quot;next&quot; อย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองอย่าง</translation>
    </message>
    <message>
        <source>&quot;rate&quot; needs a number from 0 to 1.</source>
        <translation>&quot;rate&quot; ต้องเป็นตัวเลขตั้งแต่ 0 ถึง 1</translation>
    </message>
    <message>
        <source>&quot;next&quot; needs a positive number.</source>
        <translation>&quot;next&quot; ต้องเป็นจำนวนเต็มบวก</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>เนื้อหาคำขอต้องเป็นออบเจกต์ JSON</translation>
    </message>
    <message>
        <source>Unknown member &quot;%1&quot;; the members are %2.</source>
        <translation>ไม่รู้จักสมาชิก &quot;%1&quot; สมาชิกที่ใช้ได้คือ %2</translation>
    </message>
    <message>
        <source>&quot;fail&quot; needs a status code or error name of the error catalog, or &quot;drop&quot;.</source>
        <translation>&quot;fail&quot; ต้องเป็นรหัสสถานะหรือชื่อข้อผิดพลาดในแค็ตตาล็อกข้อผิดพลาด หรือ &quot;drop&quot;</translation>
    </message>
</context>
<context>
    <name>SandboxModeLabel</name>
    <message>
        <source>latency %1 ms + up to %2 ms</source>
        <translation>ความหน่วง %1 ms + สูงสุด %2 ms</translation>
    </message>
    <message>
        <source>latency %1 ms</source>
        <translation>ความหน่วง %1 ms</translation>
    </message>
    <message>
        <source>connections dropped</source>
        <translation>ตัดการเชื่อมต่อ</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>ข้อผิดพลาด %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 on the next %n request(s)</source>
        <translation>
            <numerusform>%1 กับคำขอ %n รายการถัดไป</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2 % of requests</source>
        <translation>%1 กับ %2 % ของคำขอ</translation>
    </message>
    <message>
        <source>Fault injection on: %1</source>
        <extracomment>Status bar: %1 what the sandbox&apos;s fault injection does, e.g. &quot;latency 200 ms, error X&quot;</extracomment>
        <translation>เปิดการจำลองข้อผิดพลาด: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n นาที</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n วินาที</numerusform>
        </translation>
    </message>
    <message>
        <source>Sandbox clock +%1</source>
        <extracomment>Status bar: the sandbox&apos;s clock runs ahead of real time by %1 (e.g. &quot;5 min&quot;)</extracomment>
        <translation>นาฬิกาแซนด์บ็อกซ์ +%1</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>Port %1 is already in use; choose another port or stop the other program.</source>
        <translation>พอร์ต %1 ถูกใช้งานอยู่แล้ว โปรดเลือกพอร์ตอื่นหรือหยุดโปรแกรมที่ใช้พอร์ตนั้น</translation>
    </message>
    <message>
        <source>Port %1 needs administrator rights; choose a port above 1023.</source>
        <translation>พอร์ต %1 ต้องใช้สิทธิ์ผู้ดูแลระบบ โปรดเลือกพอร์ตที่สูงกว่า 1023</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer; bind 127.0.0.1 or one of its own addresses.</source>
        <translation>%1 ไม่ใช่ที่อยู่ของเครื่องนี้ โปรดผูก (bind) กับ 127.0.0.1 หรือที่อยู่ใดที่อยู่หนึ่งของเครื่องนี้</translation>
    </message>
    <message>
        <source>The sandbox cannot listen on %1 port %2: %3</source>
        <extracomment>%1 address, %2 port, %3 the system&apos;s reason</extracomment>
        <translation>แซนด์บ็อกซ์ไม่สามารถรอรับการเชื่อมต่อที่ %1 พอร์ต %2: %3</translation>
    </message>
    <message>
        <source>The sandbox is already running at %1; stop it first.</source>
        <translation>แซนด์บ็อกซ์กำลังทำงานอยู่ที่ %1 แล้ว โปรดหยุดการทำงานก่อน</translation>
    </message>
    <message>
        <source>%1 is not a loopback address: other machines could reach the sandbox and read its codes. Bind 127.0.0.1, or allow non-loopback addresses explicitly.</source>
        <translation>%1 ไม่ใช่ที่อยู่ loopback: เครื่องอื่นอาจเข้าถึงแซนด์บ็อกซ์และอ่านรหัสได้ โปรดผูก (bind) กับ 127.0.0.1 หรืออนุญาตที่อยู่ที่ไม่ใช่ loopback อย่างชัดแจ้ง</translation>
    </message>
    <message>
        <source>The sandbox listens on %1, which other machines may reach; anyone there can request codes and its credentials are not secret.</source>
        <translation>แซนด์บ็อกซ์รอรับการเชื่อมต่อที่ %1 ซึ่งเครื่องอื่นอาจเข้าถึงได้ ผู้ที่เข้าถึงได้สามารถขอรหัสได้ และ App Key กับ App Secret ของแซนด์บ็อกซ์ไม่ถือเป็นความลับ</translation>
    </message>
    <message>
        <source>The sandbox cannot accept new connections: the system refuses them, usually because the limit of open files is reached. It keeps serving the open ones and tries again until it can.</source>
        <translation>แซนด์บ็อกซ์รับการเชื่อมต่อใหม่ไม่ได้: ระบบปฏิเสธ ซึ่งส่วนใหญ่เกิดจากจำนวนไฟล์ที่เปิดได้ถึงขีดจำกัดแล้ว แซนด์บ็อกซ์ยังให้บริการการเชื่อมต่อที่เปิดอยู่ต่อไป และจะลองใหม่จนกว่าจะรับได้</translation>
    </message>
    <message>
        <source>The sandbox accepts new connections again.</source>
        <translation>แซนด์บ็อกซ์รับการเชื่อมต่อใหม่ได้อีกครั้งแล้ว</translation>
    </message>
</context>
<context>
    <name>SandboxStoppedBanner</name>
    <message>
        <source>Start the sandbox</source>
        <extracomment>The button on the Test console&apos;s banner when a sandbox app was called while stopped</extracomment>
        <translation>เริ่มแซนด์บ็อกซ์</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1
Choose another port in Settings, then start it again.</source>
        <translation>ไม่สามารถเริ่มแซนด์บ็อกซ์ได้: %1
โปรดเลือกพอร์ตอื่นในการตั้งค่า แล้วเริ่มใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>The sandbox is stopped, so nothing was sent: Sandbox apps are answered by the sandbox built into OTP Manager. Start it, then send again.</source>
        <translation>แซนด์บ็อกซ์หยุดทำงานอยู่ จึงไม่ได้ส่งคำขอ: แอปแซนด์บ็อกซ์จะได้รับการตอบกลับจากแซนด์บ็อกซ์ที่อยู่ใน OTP Manager โปรดเริ่มแซนด์บ็อกซ์ แล้วส่งอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>SandboxTokenRepository</name>
    <message>
        <source>Could not keep the sandbox&apos;s codes: %1. Codes requested now may not survive a restart of the sandbox. Check that the disk is not full and the data folder is writable.</source>
        <translation>ไม่สามารถเก็บรหัสของแซนด์บ็อกซ์ได้: %1 รหัสที่ขอในตอนนี้อาจใช้ไม่ได้หลังจากแซนด์บ็อกซ์รีสตาร์ต โปรดตรวจสอบว่าดิสก์ไม่เต็มและโฟลเดอร์ข้อมูลสามารถเขียนได้</translation>
    </message>
</context>
<context>
    <name>SandboxTrafficRecorder</name>
    <message>
        <source>The sandbox answered calls faster than they could be stored: %1 of them are missing from the reports.</source>
        <translation>แซนด์บ็อกซ์ตอบการเรียกเร็วกว่าที่บันทึกได้ทัน: มี %1 รายการที่ขาดหายไปจากรายงาน</translation>
    </message>
</context>
<context>
    <name>SandboxTrafficRepository</name>
    <message>
        <source>Could not record the sandbox&apos;s traffic: %1. Check that the disk is not full and the data folder is writable.</source>
        <translation>บันทึกทราฟฟิกของ sandbox ไม่สำเร็จ: %1 ตรวจสอบว่าดิสก์ไม่เต็มและเขียนโฟลเดอร์ข้อมูลได้</translation>
    </message>
    <message>
        <source>Could not remove old sandbox traffic: %1</source>
        <translation>ลบทราฟฟิกเก่าของ sandbox ไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>SandboxTray</name>
    <message>
        <source>Show OTP Manager</source>
        <translation>แสดง OTP Manager</translation>
    </message>
    <message>
        <source>Copy latest code</source>
        <translation>คัดลอกรหัสล่าสุด</translation>
    </message>
    <message>
        <source>Stop sandbox</source>
        <translation>หยุดแซนด์บ็อกซ์</translation>
    </message>
    <message>
        <source>Start sandbox</source>
        <translation>เริ่มแซนด์บ็อกซ์</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>OTP Manager: sandbox running</source>
        <translation>OTP Manager: แซนด์บ็อกซ์กำลังทำงาน</translation>
    </message>
    <message>
        <source>OTP Manager: sandbox stopped</source>
        <translation>OTP Manager: แซนด์บ็อกซ์หยุดอยู่</translation>
    </message>
</context>
<context>
    <name>SandboxWebhooks</name>
    <message>
        <source>Webhook %1 failed for message %2: %3</source>
        <translation>Webhook %1 ส่งข้อความ %2 ไม่สำเร็จ: %3</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Clear</source>
        <translation>ล้าง</translation>
    </message>
    <message>
        <source>Clear the filter (Esc)</source>
        <translation>ล้างตัวกรอง (Esc)</translation>
    </message>
</context>
<context>
    <name>SecretResult</name>
    <message>
        <source>The system keychain reported an unknown problem. Try again.</source>
        <translation>คีย์เชนของระบบรายงานปัญหาที่ไม่ทราบสาเหตุ โปรดลองอีกครั้ง</translation>
    </message>
    <message>
        <source>No App Secret was found for this app in the system keychain. If your keyring is locked, unlock it and try again; otherwise enter the secret again in the app&apos;s settings.</source>
        <translation>ไม่พบ App Secret ของแอปนี้ในคีย์เชนของระบบ หากคีย์เชนถูกล็อกอยู่ โปรดปลดล็อกแล้วลองอีกครั้ง มิฉะนั้นโปรดกรอก App Secret อีกครั้งในการตั้งค่าของแอป</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached, so the App Secret cannot be kept safely. Log in to a desktop session with a keyring service (GNOME Keyring or KWallet on Linux, Keychain on macOS, Credential Manager on Windows) and try again, or continue in session-only mode, where secrets are forgotten when OTP Manager closes.</source>
        <translation>ไม่สามารถเข้าถึงคีย์เชนของระบบ จึงเก็บ App Secret อย่างปลอดภัยไม่ได้ โปรดเข้าสู่ระบบเดสก์ท็อปที่มีบริการคีย์เชน (GNOME Keyring หรือ KWallet บน Linux, Keychain บน macOS, Credential Manager บน Windows) แล้วลองอีกครั้ง หรือใช้งานต่อในโหมดเฉพาะเซสชันนี้ ซึ่ง App Secret จะถูกลบเมื่อปิด OTP Manager</translation>
    </message>
    <message>
        <source>The system keychain refused access: it is locked, or access was denied. Unlock your keyring (for example in “Passwords and Keys”), allow OTP Manager to use it, and try again.</source>
        <translation>คีย์เชนของระบบปฏิเสธการเข้าถึง เนื่องจากคีย์เชนถูกล็อกอยู่หรือไม่ได้รับอนุญาต โปรดปลดล็อกคีย์เชน (เช่น ในแอป “รหัสผ่านและกุญแจ” หรือ “Passwords and Keys”) อนุญาตให้ OTP Manager ใช้งาน แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. It may be locked and waiting for a password, or no keyring service is running. Unlock or start it, then try again.</source>
        <translation>คีย์เชนของระบบไม่ตอบสนองภายในเวลาที่กำหนด คีย์เชนอาจถูกล็อกและกำลังรอรหัสผ่าน หรือไม่มีบริการคีย์เชนทำงานอยู่ โปรดปลดล็อกหรือเริ่มบริการคีย์เชน แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The system keychain could not complete the request. Try again; if it keeps failing, restart the keyring service or your session.</source>
        <translation>คีย์เชนของระบบไม่สามารถดำเนินการตามคำขอได้ โปรดลองอีกครั้ง หากยังไม่สำเร็จ โปรดรีสตาร์ตบริการคีย์เชนหรือเข้าสู่ระบบใหม่</translation>
    </message>
    <message>
        <source>(Keychain says: %1)</source>
        <translation>(คีย์เชนแจ้งว่า: %1)</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be locked and waiting for a password, or no keyring service is running. Unlock or start it, then try again.</source>
        <translation>
            <numerusform>คีย์เชนของระบบไม่ตอบสนองภายใน %n วินาที คีย์เชนอาจถูกล็อกและกำลังรอรหัสผ่าน หรือไม่มีบริการคีย์เชนทำงานอยู่ โปรดปลดล็อกหรือเริ่มบริการคีย์เชน แล้วลองอีกครั้ง</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>General</source>
        <translation>ทั่วไป</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ภาษา (&amp;L):</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>ตามระบบ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>แซนด์บ็อกซ์</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>พอร์ต (&amp;P):</translation>
    </message>
    <message>
        <source>Sandbox port</source>
        <translation>พอร์ตของแซนด์บ็อกซ์</translation>
    </message>
    <message>
        <source>The sandbox listens on http://127.0.0.1 at this port</source>
        <translation>แซนด์บ็อกซ์รอรับการเชื่อมต่อที่ http://127.0.0.1 บนพอร์ตนี้</translation>
    </message>
    <message>
        <source>&amp;Start the sandbox when OTP Manager starts</source>
        <translation>เริ่มแซนด์บ็อกซ์เมื่อเปิด OTP Manager (&amp;S)</translation>
    </message>
    <message>
        <source>Test console</source>
        <translation>คอนโซลทดสอบ</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>หมดเวลา (&amp;T):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> วินาที</translation>
    </message>
    <message>
        <source>Timeout of a call in seconds</source>
        <translation>ระยะหมดเวลาของการเรียกเป็นวินาที</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>เวอร์ชัน API</translation>
    </message>
    <message>
        <source>Request &amp;body:</source>
        <translation>เนื้อหาคำขอ (&amp;B):</translation>
    </message>
    <message>
        <source>Form (application/x-www-form-urlencoded)</source>
        <translation>ฟอร์ม (application/x-www-form-urlencoded)</translation>
    </message>
    <message>
        <source>JSON (application/json)</source>
        <translation>JSON (application/json)</translation>
    </message>
    <message>
        <source>Request body format</source>
        <translation>รูปแบบเนื้อหาคำขอ</translation>
    </message>
    <message>
        <source>Live base URL</source>
        <translation>Base URL ของ Live</translation>
    </message>
    <message>
        <source>Leave empty for https://otp.thaibulksms.com; set it to use a staging proxy</source>
        <translation>เว้นว่างไว้เพื่อใช้ https://otp.thaibulksms.com หรือกำหนดค่าเพื่อใช้พร็อกซีของ staging</translation>
    </message>
    <message>
        <source>Use https, or plain http only to this computer; the App Secret must not travel unencrypted. Not saved.</source>
        <translation>โปรดใช้ https หรือใช้ http ธรรมดาเฉพาะกับเครื่องนี้เท่านั้น เพราะ App Secret ต้องไม่ถูกส่งโดยไม่มีการเข้ารหัส ค่านี้ยังไม่ถูกบันทึก</translation>
    </message>
    <message>
        <source>&amp;Notify me of each sandbox SMS while the window is not in front</source>
        <translation>แจ้งเตือนทุก SMS ของแซนด์บ็อกซ์เมื่อหน้าต่างไม่ได้อยู่ด้านหน้า (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Notify me of each sandbox SMS (not available: this desktop has no system tray)</source>
        <translation>แจ้งเตือนทุก SMS ของแซนด์บ็อกซ์ (ใช้ไม่ได้: เดสก์ท็อปนี้ไม่มีถาดระบบ) (&amp;N)</translation>
    </message>
    <message>
        <source>API ve&amp;rsion:</source>
        <translation>เวอร์ชัน API (&amp;R):</translation>
    </message>
    <message>
        <source>Live base &amp;URL:</source>
        <translation>Base URL ของ Live (&amp;U):</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>รูปลักษณ์</translation>
    </message>
    <message>
        <source>&amp;Colour theme:</source>
        <translation>ธีมสี (&amp;C):</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>Colour theme: dark text on light backgrounds</extracomment>
        <translation>สว่าง</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>Colour theme: light text on dark backgrounds</extracomment>
        <translation>มืด</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>ธีมสี</translation>
    </message>
</context>
<context>
    <name>SmsNotifier</name>
    <message>
        <source>%1: sandbox SMS</source>
        <extracomment>Desktop notification title: %1 the sandbox app&apos;s name</extracomment>
        <translation>%1: SMS จากแซนด์บ็อกซ์</translation>
    </message>
    <message>
        <source>Code %1 for %2 (ref %3)</source>
        <extracomment>Desktop notification text: %1 the code, %2 the phone number with middle digits hidden, %3 the reference</extracomment>
        <translation>รหัส %1 สำหรับ %2 (เลขอ้างอิง %3)</translation>
    </message>
</context>
<context>
    <name>SmsPreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <source>OTP SMS</source>
        <translation>SMS OTP</translation>
    </message>
    <message>
        <source>SMS preview</source>
        <translation>ตัวอย่าง SMS</translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <source>UCS-2 (Unicode)</source>
        <translation>UCS-2 (Unicode)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n ตัวอักษร</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS</source>
        <comment>segments</comment>
        <translation>
            <numerusform>SMS %n ข้อความ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left in this SMS</source>
        <translation>
            <numerusform>เหลืออีก %n ตัวอักษรใน SMS นี้</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent as %n SMS: each one costs a credit.</source>
        <translation>
            <numerusform>ส่งเป็น SMS %n ข้อความ: แต่ละข้อความใช้ 1 เครดิต</numerusform>
        </translation>
    </message>
    <message>
        <source>SMS length</source>
        <translation>ความยาว SMS</translation>
    </message>
</context>
<context>
    <name>TemplateValidator</name>
    <message>
        <source>Enter the SMS message template; it must contain {otp} where the code goes.</source>
        <translation>โปรดกรอกเทมเพลตข้อความ SMS โดยต้องมี {otp} ในตำแหน่งที่จะใส่รหัส</translation>
    </message>
    <message>
        <source>{otp} appears %1 times in the template; keep exactly one.</source>
        <translation>{otp} ปรากฏในเทมเพลตข้อความ %1 ครั้ง โปรดเหลือไว้เพียงหนึ่งครั้ง</translation>
    </message>
    <message>
        <source>%1 is not a placeholder, so the service would refuse the template (ERROR_USER_TEMPLATE_NOT_MATCH). Use {otp}, {ref}, {app} or {minutes}, or write {{ and }} for literal braces.</source>
        <translation>%1 ไม่ใช่ตัวแทนค่าที่รองรับ บริการจึงจะปฏิเสธเทมเพลตนี้ (ERROR_USER_TEMPLATE_NOT_MATCH) โปรดใช้ {otp}, {ref}, {app} หรือ {minutes} หรือเขียน {{ และ }} เพื่อแสดงวงเล็บปีกกาตามตัวอักษร</translation>
    </message>
    <message>
        <source>%1 placeholders are not known, the first at position %2: %3, so the service would refuse the template (ERROR_USER_TEMPLATE_NOT_MATCH). Use {otp}, {ref}, {app} or {minutes}, or write {{ and }} for literal braces.</source>
        <translation>มีตัวแทนค่าที่ไม่รู้จัก %1 รายการ รายการแรกอยู่ที่ตำแหน่ง %2: %3 บริการจึงจะปฏิเสธเทมเพลตนี้ (ERROR_USER_TEMPLATE_NOT_MATCH) โปรดใช้ {otp}, {ref}, {app} หรือ {minutes} หรือเขียน {{ และ }} เพื่อแสดงวงเล็บปีกกาตามตัวอักษร</translation>
    </message>
    <message>
        <source>The template has an unmatched &quot;%1&quot; at position %2. Write {{ or }} for a literal brace.</source>
        <translation>เทมเพลตข้อความมี &quot;%1&quot; ที่ไม่มีคู่ที่ตำแหน่ง %2 โปรดเขียน {{ หรือ }} เพื่อแสดงวงเล็บปีกกาตามตัวอักษร</translation>
    </message>
    <message>
        <source>The template has %1 unmatched braces, the first at position %2: &quot;%3&quot;. Write {{ or }} for a literal brace.</source>
        <translation>เทมเพลตข้อความมีวงเล็บปีกกาที่ไม่มีคู่ %1 ตัว ตัวแรกอยู่ที่ตำแหน่ง %2: &quot;%3&quot; โปรดเขียน {{ หรือ }} เพื่อแสดงวงเล็บปีกกาตามตัวอักษร</translation>
    </message>
    <message>
        <source>The template must contain {otp}, where the code is inserted.</source>
        <translation>เทมเพลตข้อความต้องมี {otp} ในตำแหน่งที่จะแทรกรหัส</translation>
    </message>
    <message>
        <source>The message is sent as %1 SMS segments because {app} inserts the app name, and each segment costs one credit. With a shorter app name it fits in one.</source>
        <translation>ข้อความนี้จะถูกส่งเป็น SMS %1 ข้อความ เพราะ {app} แทรกชื่อแอปลงไป และแต่ละข้อความใช้ 1 เครดิต หากชื่อแอปสั้นลงจะพอดีกับ SMS ข้อความเดียว</translation>
    </message>
    <message>
        <source>The message is sent as %1 SMS segments, and each segment costs one credit. Shorten it to fit in one.</source>
        <translation>ข้อความนี้จะถูกส่งเป็น SMS %1 ข้อความ และแต่ละข้อความใช้ 1 เครดิต โปรดย่อให้พอดีกับ SMS ข้อความเดียว</translation>
    </message>
    <message>
        <source>The message is too long: it needs %1 SMS segments and at most %2 are allowed. Shorten the template.</source>
        <translation>ข้อความยาวเกินไป: ต้องใช้ SMS %1 ข้อความ แต่อนุญาตได้ไม่เกิน %2 ข้อความ โปรดย่อเทมเพลตข้อความ</translation>
    </message>
    <message>
        <source>The message is too long because of the app name, which {app} inserts: it needs %1 SMS segments and at most %2 are allowed. Shorten the app name or remove {app}.</source>
        <translation>ข้อความยาวเกินไปเพราะชื่อแอปที่ {app} แทรกลงไป: ต้องใช้ SMS %1 ข้อความ แต่อนุญาตได้ไม่เกิน %2 ข้อความ โปรดย่อชื่อแอปหรือลบ {app} ออก</translation>
    </message>
    <message>
        <source>This name makes the SMS too long: {app} in the template inserts it, and the message then needs %1 SMS segments (at most %2). Shorten the name.</source>
        <translation>ชื่อนี้ทำให้ SMS ยาวเกินไป: {app} ในเทมเพลตข้อความจะแทรกชื่อนี้ลงไป ทำให้ต้องใช้ SMS %1 ข้อความ (ไม่เกิน %2 ข้อความ) โปรดย่อชื่อ</translation>
    </message>
</context>
<context>
    <name>TestConsolePage</name>
    <message>
        <source>The App Secret could not be read</source>
        <translation>ไม่สามารถอ่าน App Secret ได้</translation>
    </message>
    <message>
        <source>No App Secret</source>
        <translation>ไม่มี App Secret</translation>
    </message>
    <message>
        <source>History not saved</source>
        <translation>บันทึกประวัติไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Not in the inbox</source>
        <translation>ไม่พบในกล่องข้อความ</translation>
    </message>
    <message>
        <source>The sandbox inbox has no SMS for this token. Request a new OTP from a sandbox app first.</source>
        <translation>กล่องข้อความแซนด์บ็อกซ์ไม่มี SMS สำหรับ token นี้ โปรดขอ OTP ใหม่จากแอปแซนด์บ็อกซ์ก่อน</translation>
    </message>
    <message>
        <source>Cannot re-run</source>
        <translation>ไม่สามารถเรียกซ้ำได้</translation>
    </message>
    <message>
        <source>The app of this call no longer exists.</source>
        <translation>ไม่พบแอปของการเรียกนี้แล้ว</translation>
    </message>
    <message>
        <source>Test console</source>
        <translation>คอนโซลทดสอบ</translation>
    </message>
    <message>
        <source>Raw exchange</source>
        <translation>ข้อมูลรับส่งดิบ</translation>
    </message>
    <message>
        <source>Cancelled before it was sent</source>
        <extracomment>The result card&apos;s title after Cancel stopped a call before it went out</extracomment>
        <translation>ยกเลิกแล้ว ก่อนส่งคำขอออกไป</translation>
    </message>
    <message>
        <source>The cURL command with the App Secret was cleared from the clipboard.</source>
        <translation>ล้างคำสั่ง cURL ที่มี App Secret ออกจากคลิปบอร์ดแล้ว</translation>
    </message>
    <message>
        <source>Not sent: the sandbox is stopped</source>
        <extracomment>The result card&apos;s title when a sandbox app was called while the sandbox is stopped</extracomment>
        <translation>ไม่ได้ส่ง: แซนด์บ็อกซ์หยุดทำงานอยู่</translation>
    </message>
    <message numerus="yes">
        <source>Copied the request as cURL with the App Secret; it is cleared from the clipboard in %n second(s).</source>
        <translation>
            <numerusform>คัดลอกคำขอเป็นคำสั่ง cURL พร้อม App Secret แล้ว และจะถูกล้างออกจากคลิปบอร์ดใน %n วินาที</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestNumberValidator</name>
    <message>
        <source>An app can have at most %1 test numbers; this one has %2. Remove some.</source>
        <translation>แอปหนึ่งมีหมายเลขทดสอบได้ไม่เกิน %1 หมายเลข แต่แอปนี้มี %2 หมายเลข โปรดลบออกบางส่วน</translation>
    </message>
    <message>
        <source>Test number %1: %2 is already test number %3; keep one of them.</source>
        <extracomment>%1 and %3 are row numbers of the test numbers table, %2 a phone number.</extracomment>
        <translation>หมายเลขทดสอบที่ %1: %2 ซ้ำกับหมายเลขทดสอบที่ %3 โปรดเก็บไว้เพียงรายการเดียว</translation>
    </message>
    <message>
        <source>Test number %1: %2</source>
        <extracomment>%1 is the row of the test numbers table (1, 2, …), %2 what is wrong with it.</extracomment>
        <translation>หมายเลขทดสอบที่ %1: %2</translation>
    </message>
    <message>
        <source>give either a fixed code or a failure, not both.</source>
        <translation>ใส่รหัสคงที่หรือความล้มเหลวอย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองอย่าง</translation>
    </message>
    <message>
        <source>give a fixed code of %1 digits, or a failure: an error name such as ERROR_IP_NOT_ALLOWED, a status code, or &quot;drop&quot;.</source>
        <translation>ใส่รหัสคงที่ %1 หลัก หรือความล้มเหลว: ชื่อข้อผิดพลาด เช่น ERROR_IP_NOT_ALLOWED, รหัสสถานะ หรือ &quot;drop&quot;</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; must be exactly %2 digits (0-9), like every code of this app.</source>
        <translation>รหัส &quot;%1&quot; ต้องเป็นตัวเลข (0-9) %2 หลักพอดี เท่ากับรหัสทุกรหัสของแอปนี้</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an error name, status code or message of the error catalog, nor &quot;drop&quot;. See the Error codes page.</source>
        <translation>&quot;%1&quot; ไม่ใช่ชื่อข้อผิดพลาด รหัสสถานะ หรือข้อความในตารางรหัสข้อผิดพลาด และไม่ใช่ &quot;drop&quot; ดูได้ที่หน้ารหัสข้อผิดพลาด</translation>
    </message>
</context>
<context>
    <name>TestNumbersEditor</name>
    <message>
        <source>Phone number</source>
        <translation>หมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <source>Fixed code</source>
        <translation>รหัสคงที่</translation>
    </message>
    <message>
        <source>Failure instead</source>
        <translation>ความล้มเหลวแทน OTP</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>หมายเลขทดสอบ</translation>
    </message>
    <message>
        <source>An error name such as ERROR_IP_NOT_ALLOWED, a status code such as 116, or drop (the connection is closed without an answer)</source>
        <translation>ชื่อข้อผิดพลาด เช่น ERROR_IP_NOT_ALLOWED, รหัสสถานะ เช่น 116 หรือ drop (ปิดการเชื่อมต่อโดยไม่ตอบ)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Add a test number</source>
        <translation>เพิ่มหมายเลขทดสอบ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Remove the selected test numbers</source>
        <translation>ลบหมายเลขทดสอบที่เลือก</translation>
    </message>
    <message>
        <source>The sandbox answers a request for a listed number with its fixed code (the SMS still arrives in the Inbox) or with the failure instead of an OTP. Leave empty for none.</source>
        <translation>แซนด์บ็อกซ์จะตอบคำขอของหมายเลขในรายการด้วยรหัสคงที่ของหมายเลขนั้น (SMS ยังเข้ากล่องข้อความตามปกติ) หรือด้วยความล้มเหลวแทน OTP เว้นว่างไว้หากไม่ต้องการ</translation>
    </message>
</context>
<context>
    <name>TestNumbersJson</name>
    <message>
        <source>“testNumbers” must be a list of objects such as {&quot;msisdn&quot;:&quot;0800000001&quot;,&quot;code&quot;:&quot;123456&quot;}. Correct it in the file and import again.</source>
        <translation>“testNumbers” ต้องเป็นรายการของออบเจกต์ เช่น {&quot;msisdn&quot;:&quot;0800000001&quot;,&quot;code&quot;:&quot;123456&quot;} โปรดแก้ไขในไฟล์แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <source>Test number %1 must be an object with text for “msisdn” and “code” or “fail”. Correct it in the file and import again.</source>
        <extracomment>%1 is the row of the test numbers list, from 1.</extracomment>
        <translation>หมายเลขทดสอบที่ %1 ต้องเป็นออบเจกต์ที่มีข้อความใน “msisdn” และ “code” หรือ “fail” โปรดแก้ไขในไฟล์แล้วนำเข้าอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>TextFindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>พบ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in the text</source>
        <translation>ค้นหาในข้อความ</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>รายการก่อนหน้า (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>รายการถัดไป (Enter)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>ปิดแถบค้นหา (Esc)</translation>
    </message>
</context>
<context>
    <name>TransactionModel</name>
    <message>
        <source>Requested</source>
        <translation>เวลาขอ</translation>
    </message>
    <message>
        <source>App</source>
        <translation>แอป</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>หมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>The OTP&apos;s reference code (refno) shown in the SMS</extracomment>
        <translation>รหัสอ้างอิง</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Attempts</source>
        <extracomment>Number of verify calls made for an OTP</extracomment>
        <translation>จำนวนครั้งที่ยืนยัน</translation>
    </message>
    <message>
        <source>Time to verify</source>
        <translation>เวลาจนยืนยัน</translation>
    </message>
    <message>
        <source>Codes seen</source>
        <extracomment>The answers (status codes) an OTP&apos;s calls got</extracomment>
        <translation>รหัสที่ได้รับ</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>บันทึกโดย</translation>
    </message>
    <message>
        <source>%1

As the service sent them: %2</source>
        <extracomment>Tooltip of an OTP&apos;s codes: %1 the decoded answers, %2 the names the service sent</extracomment>
        <translation>%1

ตามที่บริการส่งมา: %2</translation>
    </message>
</context>
<context>
    <name>TransactionTable</name>
    <message>
        <source>Could not read the transactions: %1</source>
        <translation>อ่านรายการธุรกรรมไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Verify the code a user typed (POST /v2/otp/verify).</source>
        <translation>ยืนยันรหัสที่ผู้ใช้พิมพ์ (POST /v2/otp/verify)</translation>
    </message>
    <message>
        <source>The token the request returned.</source>
        <translation>token ที่ได้จากการขอ OTP</translation>
    </message>
    <message>
        <source>The code from the SMS.</source>
        <translation>รหัสจาก SMS</translation>
    </message>
    <message>
        <source>The phone number, shown in the history (optional).</source>
        <translation>หมายเลขโทรศัพท์สำหรับแสดงในประวัติ (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Give both --token TOKEN and --pin PIN.</source>
        <translation>โปรดระบุทั้ง --token TOKEN และ --pin PIN</translation>
    </message>
    <message>
        <source>Verify a PIN against the token of a request, through an app of the local store (--app) or a base URL (--base-url with --key; App Secret from OTP_SECRET or standard input).
Exit code 0: the code is correct; 1: the API answered an error (wrong code, expired token, ...); 2: usage error; 3: network, timeout, invalid answer or keychain problem; 4: the local store was damaged and set aside (--app), nothing sent.</source>
        <translation>ยืนยัน PIN กับ token ที่ได้จากการขอ OTP ผ่านแอปในที่เก็บข้อมูลในเครื่อง (--app) หรือ Base URL (--base-url พร้อม --key โดยอ่าน App Secret จาก OTP_SECRET หรือ standard input)
รหัสการออก (exit code) 0: รหัสถูกต้อง, 1: API ตอบกลับเป็นข้อผิดพลาด (รหัสผิด token หมดอายุ ...), 2: ใช้คำสั่งไม่ถูกต้อง, 3: ปัญหาด้านเครือข่าย หมดเวลา การตอบกลับไม่ถูกต้อง หรือปัญหาคีย์เชน, 4: ที่เก็บข้อมูลในเครื่องเสียหายและถูกย้ายไปเก็บไว้ต่างหาก (--app) โดยยังไม่ได้ส่งคำขอ</translation>
    </message>
</context>
<context>
    <name>WalFileCheck</name>
    <message>
        <source>the header of the write-ahead log %1 is damaged, so the transactions committed in it would be lost</source>
        <translation>ส่วนหัวของไฟล์บันทึกล่วงหน้า (write-ahead log) %1 เสียหาย ธุรกรรมที่บันทึกไว้ในไฟล์นั้นจะสูญหาย</translation>
    </message>
    <message>
        <source>frame %1 of %2 in the write-ahead log %3 is damaged, so the transactions committed after it would be lost</source>
        <translation>เฟรมที่ %1 จาก %2 ในไฟล์บันทึกล่วงหน้า (write-ahead log) %3 เสียหาย ธุรกรรมที่บันทึกหลังเฟรมนั้นจะสูญหาย</translation>
    </message>
</context>
<context>
    <name>WebhookNotifier</name>
    <message>
        <source>“%1” is not a webhook URL: use http:// or https:// with a host, such as http://127.0.0.1:9000/otp.</source>
        <translation>“%1” ไม่ใช่ URL ของ webhook: ใช้ http:// หรือ https:// พร้อมโฮสต์ เช่น http://127.0.0.1:9000/otp</translation>
    </message>
    <message>
        <source>Too many webhook deliveries are waiting (%1); this one was dropped.</source>
        <translation>มีการส่ง webhook รออยู่มากเกินไป (%1) รายการนี้จึงถูกทิ้ง</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>ไม่มีการตอบภายใน %1 วินาที</translation>
    </message>
    <message>
        <source>The webhook answered HTTP %1.</source>
        <translation>webhook ตอบ HTTP %1</translation>
    </message>
</context>
<context>
    <name>WebhookSettingsBox</name>
    <message>
        <source>This URL is in the list already.</source>
        <translation>URL นี้อยู่ในรายการแล้ว</translation>
    </message>
    <message>
        <source>Sandbox webhooks</source>
        <translation>Webhook ของ sandbox</translation>
    </message>
    <message>
        <source>The sandbox also POSTs each SMS it delivers, as the control API&apos;s message JSON, to these URLs (header X-Otp-Sandbox-Event: sms). A delivery given up, after up to three attempts, is noted in the status bar.</source>
        <translation>sandbox จะส่ง SMS ทุกข้อความที่ส่งออกไปด้วย POST เป็น JSON ของข้อความแบบเดียวกับ control API ไปยัง URL เหล่านี้ด้วย (เฮดเดอร์ X-Otp-Sandbox-Event: sms) การส่งที่ยกเลิกไปหลังลองสูงสุดสามครั้งจะแสดงในแถบสถานะ</translation>
    </message>
    <message>
        <source>Webhook URLs</source>
        <translation>URL ของ webhook</translation>
    </message>
    <message>
        <source>New webhook URL</source>
        <translation>URL ของ webhook ใหม่</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>เพิ่ม (&amp;A)</translation>
    </message>
    <message>
        <source>Remove the selected webhook URL</source>
        <translation>ลบ URL ของ webhook ที่เลือก</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>ลบ (&amp;M)</translation>
    </message>
</context>
</TS>
