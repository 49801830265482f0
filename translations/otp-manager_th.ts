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
</context>
<context>
    <name>AppExporter</name>
    <message>
        <source>Could not write the export file %1: %2. Choose a folder you can write to and try again.</source>
        <translation>ไม่สามารถเขียนไฟล์ส่งออก %1: %2 โปรดเลือกโฟลเดอร์ที่คุณมีสิทธิ์เขียนแล้วลองอีกครั้ง</translation>
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
</context>
<context>
    <name>AppRepository</name>
    <message>
        <source>An app with the id %1 already exists. Import it as a new app instead.</source>
        <translation>มีแอปที่ใช้ id %1 อยู่แล้ว โปรดนำเข้าเป็นแอปใหม่แทน</translation>
    </message>
    <message>
        <source>Another app is already called “%1”. Choose a different name.</source>
        <translation>มีแอปอื่นที่ชื่อ “%1” อยู่แล้ว โปรดเลือกชื่ออื่น</translation>
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
    <name>AppsPage</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
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
        <source>Keep the database, lock file and settings in &lt;dir&gt; instead of the standard location (also: environment variable %1).</source>
        <translation>เก็บฐานข้อมูล ไฟล์ล็อก และการตั้งค่าไว้ใน &lt;dir&gt; แทนตำแหน่งมาตรฐาน (หรือใช้ตัวแปรสภาพแวดล้อม %1)</translation>
    </message>
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
        <source>&amp;HTTP status:</source>
        <translation>สถานะ &amp;HTTP:</translation>
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
</context>
<context>
    <name>ErrorLookup</name>
    <message>
        <source>Status 400 is shared by four OTP messages; decode the message or the whole body instead.</source>
        <translation>สถานะ 400 ใช้ร่วมกันในข้อความ OTP สี่รายการ โปรดแปลความหมายจากข้อความหรือเนื้อหาการตอบกลับทั้งหมดแทน</translation>
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
        <source>Port of the embedded sandbox (default 8765).</source>
        <translation>พอร์ตของแซนด์บ็อกซ์ในตัว (ค่าเริ่มต้น 8765)</translation>
    </message>
    <message>
        <source>Quit as soon as the window is shown and idle (start-up measurements).</source>
        <translation>ออกจากโปรแกรมทันทีเมื่อหน้าต่างแสดงผลและว่างงาน (สำหรับวัดเวลาเริ่มต้นโปรแกรม)</translation>
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
</context>
<context>
    <name>InboxRepository</name>
    <message>
        <source>Could not update the sandbox inbox: %1. Check that the disk is not full and the data folder is writable.</source>
        <translation>ไม่สามารถอัปเดตกล่องข้อความแซนด์บ็อกซ์: %1 โปรดตรวจสอบว่าดิสก์ไม่เต็มและโฟลเดอร์ข้อมูลสามารถเขียนได้</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The Test console will live here: request an OTP, verify a PIN and read every answer decoded, with the raw exchange and the call history.</source>
        <translation>คอนโซลทดสอบจะอยู่ที่นี่: ขอ OTP ยืนยัน PIN และอ่านความหมายของการตอบกลับทุกครั้ง พร้อมข้อมูลคำขอและการตอบกลับแบบดิบ รวมถึงประวัติการเรียก</translation>
    </message>
    <message>
        <source>The Sandbox inbox will live here: every SMS the sandbox “sent”, with its code, reference and expiry, and the sandbox&apos;s fault injection controls.</source>
        <translation>กล่องข้อความแซนด์บ็อกซ์จะอยู่ที่นี่: SMS ทุกข้อความที่แซนด์บ็อกซ์ “ส่ง” พร้อมรหัส เลขอ้างอิง (Ref) และเวลาหมดอายุ รวมถึงตัวควบคุมการจำลองข้อผิดพลาดของแซนด์บ็อกซ์</translation>
    </message>
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
        <source>&amp;Help</source>
        <translation>วิธีใช้ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About OTP Manager</source>
        <translation>เกี่ยวกับ OTP Manager (&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>เกี่ยวกับ &amp;Qt</translation>
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
        <source>App Secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <source>App Secret of “%1” (from the ThaiBulkSMS dashboard):</source>
        <translation>App Secret ของ “%1” (จากแดชบอร์ด ThaiBulkSMS):</translation>
    </message>
    <message>
        <source>“%1” was skipped: no App Secret given.</source>
        <translation>ข้าม “%1”: ไม่ได้ระบุ App Secret</translation>
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
        <source>About OTP Manager</source>
        <translation>เกี่ยวกับ OTP Manager</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OTP Manager %1&lt;/h3&gt;&lt;p&gt;Manage, test and sandbox ThaiBulkSMS SMS-OTP apps.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OTP Manager %1&lt;/h3&gt;&lt;p&gt;จัดการ ทดสอบ และจำลองแอป SMS-OTP ของ ThaiBulkSMS ในแซนด์บ็อกซ์&lt;/p&gt;&lt;p&gt;เผยแพร่ภายใต้สัญญาอนุญาต GNU General Public License เวอร์ชัน 3 หรือใหม่กว่า สร้างด้วย Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
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
        <source>Enter the SMS message template; it must contain {otp} where the code goes.</source>
        <translation>โปรดกรอกเทมเพลตข้อความ SMS โดยต้องมี {otp} ในตำแหน่งที่จะใส่รหัส</translation>
    </message>
    <message>
        <source>The template must contain {otp}, where the code is inserted.</source>
        <translation>เทมเพลตข้อความต้องมี {otp} ในตำแหน่งที่จะแทรกรหัส</translation>
    </message>
    <message>
        <source>The template contains {otp} more than once; keep exactly one.</source>
        <translation>เทมเพลตข้อความมี {otp} มากกว่าหนึ่งครั้ง โปรดเหลือไว้เพียงหนึ่งครั้ง</translation>
    </message>
    <message>
        <source>User template not match: %1 is not a placeholder. Use {otp}, {ref}, {app} or {minutes}, or write {{ and }} for literal braces.</source>
        <translation>User template not match: %1 ไม่ใช่ตัวแทนค่าที่รองรับ โปรดใช้ {otp}, {ref}, {app} หรือ {minutes} หรือเขียน {{ และ }} เพื่อแสดงวงเล็บปีกกาตามตัวอักษร</translation>
    </message>
    <message>
        <source>The template has an unmatched &quot;%1&quot; at position %2. Write {{ or }} for a literal brace.</source>
        <translation>เทมเพลตข้อความมี &quot;%1&quot; ที่ไม่มีคู่ที่ตำแหน่ง %2 โปรดเขียน {{ หรือ }} เพื่อแสดงวงเล็บปีกกาตามตัวอักษร</translation>
    </message>
    <message>
        <source>The message is too long: it needs %1 SMS segments and at most %2 are allowed. Shorten the template.</source>
        <translation>ข้อความยาวเกินไป: ต้องใช้ SMS %1 ข้อความ แต่อนุญาตได้ไม่เกิน %2 ข้อความ โปรดย่อเทมเพลตข้อความ</translation>
    </message>
    <message>
        <source>The message is sent as %1 SMS segments, and each segment costs one credit. Shorten it to fit in one.</source>
        <translation>ข้อความนี้จะถูกส่งเป็น SMS %1 ข้อความ และแต่ละข้อความใช้ 1 เครดิต โปรดย่อให้พอดีกับ SMS ข้อความเดียว</translation>
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
        <source>Exit codes: 0 ok, 1 API or validation error, 2 usage error, 3 transport or system error.</source>
        <translation>รหัสการออก (exit code): 0 สำเร็จ, 1 ข้อผิดพลาดจาก API หรือการตรวจสอบข้อมูล, 2 ใช้คำสั่งไม่ถูกต้อง, 3 ข้อผิดพลาดด้านการเชื่อมต่อหรือระบบ</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>ไม่รู้จักคำสั่ง &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Run &quot;otpctl --help&quot; for the list of commands.</source>
        <translation>เรียกใช้ &quot;otpctl --help&quot; เพื่อดูรายการคำสั่ง</translation>
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
        <source>The sandbox could not accept a connection: %1</source>
        <translation>แซนด์บ็อกซ์ไม่สามารถรับการเชื่อมต่อ: %1</translation>
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
</TS>
