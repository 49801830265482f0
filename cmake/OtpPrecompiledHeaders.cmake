# Precompiled headers (OTP_PCH, on in CI: scripts/test.sh). Most of a translation unit's compile
# time here is Qt's headers, parsed again for each of ~180 library sources and ~100 test
# executables; a precompiled header parses them once per target (libraries) or once for all
# tests (two donor targets the tests reuse). Off by default so that a build by hand or
# scripts/run.sh stays as it was (ccache caches PCH users only with pch_defines,time_macros
# sloppiness, which scripts/lib/common.sh sets when it builds with both).
option(OTP_PCH "Precompile Qt's headers for the libraries and the tests (gcc/clang)" OFF)

set(OTP_PCH_ENABLED OFF)
if(OTP_PCH AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    set(OTP_PCH_ENABLED ON)
endif()

# The Qt Core, Network and Sql headers most sources of app/ include.
set(otp_pch_core_headers
    <algorithm> <functional> <memory> <optional>
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QFile> <QFileInfo> <QFuture> <QHash>
    <QHostAddress> <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QLoggingCategory>
    <QObject> <QPointer> <QSet> <QSqlError> <QSqlQuery> <QString> <QStringList> <QTimer>
    <QUrl> <QUuid>)
# ... and the widgets most of ui/ and the GUI tests include.
set(otp_pch_widget_headers
    <QApplication> <QComboBox> <QEvent> <QGroupBox> <QHBoxLayout> <QHeaderView> <QLabel>
    <QLineEdit> <QMessageBox> <QPushButton> <QSpinBox> <QTableView> <QToolButton>
    <QVBoxLayout> <QWidget>)
set(otp_pch_test_headers
    <QElapsedTimer> <QProcess> <QSignalSpy> <QTemporaryDir> <QTest>)

# otp_precompile_headers(<target> core|widgets): a library's own precompiled header, with clang
# only. gcc maps its whole header (135 MB) into every source that uses it; for the libraries'
# sources, optimised at -O3, that cost as much as the parsing it saved (8 sources: 49.1 s of
# CPU with it, 48.1 s without). clang reads only what a source uses.
function(otp_precompile_headers target kind)
    if(NOT OTP_PCH_ENABLED OR NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        return()
    endif()
    set(headers ${otp_pch_core_headers})
    if(kind STREQUAL "widgets")
        list(APPEND headers ${otp_pch_widget_headers})
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

# otp_reuse_precompiled_headers(<target> <donor>): <target> has <donor>'s compile flags.
function(otp_reuse_precompiled_headers target donor)
    if(OTP_PCH_ENABLED AND CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        target_precompile_headers(${target} REUSE_FROM ${donor})
    endif()
endfunction()

# Qt6::Test defines QT_TESTCASE_BUILDDIR and QT_TESTCASE_SOURCEDIR per target folder, so no two
# test folders would agree with one precompiled header (clang refuses a macro defined
# differently). They only serve QFINDTESTDATA, which no test uses: every test undefines them.
function(otp_test_compile_flags target)
    # The precompiled header's donors get it too: a header is only used with the same level.
    if(OTP_TEST_OPT_LEVEL)
        target_compile_options(${target} PRIVATE ${OTP_TEST_OPT_LEVEL})
    endif()
    if(OTP_PCH_ENABLED)
        target_compile_options(${target} PRIVATE -UQT_TESTCASE_BUILDDIR -UQT_TESTCASE_SOURCEDIR)
    endif()
endfunction()

# otp_add_test_pch_donor(<name> <library> core|widgets): a target that only holds the
# precompiled header of the tests linking <library>. QtTest pulls in its widget support when
# QT_WIDGETS_LIB is defined, so core tests and GUI tests need one each; their compile flags
# must be those of the tests that reuse them (same libraries, same options).
function(otp_add_test_pch_donor name library kind)
    if(NOT OTP_PCH_ENABLED)
        return()
    endif()
    set(source ${CMAKE_CURRENT_BINARY_DIR}/${name}.cpp)
    file(CONFIGURE OUTPUT ${source} CONTENT "// Holds the tests' precompiled header only.\n")
    add_library(${name} OBJECT ${source})
    set_target_properties(${name} PROPERTIES AUTOMOC OFF)
    target_link_libraries(${name} PRIVATE Qt6::Test otp_common_config ${library})
    otp_test_compile_flags(${name})
    set(headers ${otp_pch_core_headers} ${otp_pch_test_headers})
    if(kind STREQUAL "widgets")
        list(APPEND headers ${otp_pch_widget_headers})
    endif()
    target_precompile_headers(${name} PRIVATE ${headers})
endfunction()

# otp_use_test_pch(<target> <libraries...>): the test reuses the donor that matches what it
# links (otp_ui: the GUI tests' donor; otp_core or a library on top of it: the core tests'
# donor). A test linking neither (only Qt6::Network) compiles without one: its definitions
# differ from both donors'.
function(otp_use_test_pch target)
    otp_test_compile_flags(${target})
    if(NOT OTP_PCH_ENABLED)
        return()
    endif()
    if(otp_ui IN_LIST ARGN)
        target_precompile_headers(${target} REUSE_FROM otp_test_pch_gui)
    elseif(otp_core IN_LIST ARGN OR otp_fuzz_targets IN_LIST ARGN)
        target_precompile_headers(${target} REUSE_FROM otp_test_pch_core)
    else()
        return()
    endif()
    # A test's moc output is included by its .cpp; this file is then all but empty, and loading
    # the header (~150 MB with gcc) would cost more than compiling it without.
    set_source_files_properties(
        ${CMAKE_CURRENT_BINARY_DIR}/${target}_autogen/mocs_compilation.cpp
        TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
endfunction()
