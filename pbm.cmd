@echo off
REM pbm.cmd - the pbm command line on Windows, run straight from this checkout.
REM Builds pbm-examples (and what it needs) with Maven on first use, then starts
REM io.pbm.examples.PbmCommand with UTF-8 everywhere. Usage: pbm --help
REM Set PBM_REBUILD=1 to build again after changing sources (this script only checks that the
REM jar and its lib folder exist; the bash launcher also compares file times).
REM This file stays ASCII: cmd reads a batch file in the console's code page.
setlocal EnableExtensions

REM The checkout is this script's folder, whatever the current directory is.
set "PBM_HOME=%~dp0"
if "%PBM_HOME:~-1%"=="\" set "PBM_HOME=%PBM_HOME:~0,-1%"
set "PBM_TARGET=%PBM_HOME%\pbm-examples\target"

REM JAVA_HOME wins over PATH, as in Maven's own mvn.cmd, so both use the same JDK.
if defined JAVA_HOME goto java_from_home
where java >nul 2>nul || goto no_java
set "PBM_JAVA=java"
goto java_found
:java_from_home
set "PBM_JAVA=%JAVA_HOME%\bin\java.exe"
if not exist "%PBM_JAVA%" goto bad_java_home
:java_found

call :find_jar
set "PBM_BUILD="
if defined PBM_REBUILD set "PBM_BUILD=1"
if not defined PBM_JAR set "PBM_BUILD=1"
if not exist "%PBM_TARGET%\lib\" set "PBM_BUILD=1"
if not defined PBM_BUILD goto run

where mvn >nul 2>nul || goto no_maven
>&2 echo pbm: building (first use or sources changed) ...
pushd "%PBM_HOME%"
REM mvn is itself a batch file (mvn.cmd): without CALL, control would never come back here.
REM Maven's output goes to stderr so that pbm's own output, when redirected, stays a clean document.
call mvn -B -q -DskipTests -pl pbm-examples -am package 1>&2
set "PBM_MVN_RC=%ERRORLEVEL%"
popd
if not "%PBM_MVN_RC%"=="0" goto build_failed
call :find_jar
if not defined PBM_JAR goto build_failed

:run
REM cmd cannot tell portably whether stderr is a console, so progress stays off unless
REM PBM_STDERR_TTY=true says otherwise.
set "PBM_TTY=false"
if defined PBM_STDERR_TTY set "PBM_TTY=%PBM_STDERR_TTY%"

REM Remember the console code page, switch to UTF-8 (65001) for pbm's Chinese text, and put it
REM back afterwards so other programs in this window are not affected.
set "PBM_CP="
for /f "tokens=2 delims=:" %%C in ('chcp') do set "PBM_CP=%%C"
if defined PBM_CP set "PBM_CP=%PBM_CP: =%"
if defined PBM_CP set "PBM_CP=%PBM_CP:.=%"
chcp 65001 >nul

REM JAVA_OPTS is split into words on purpose (set JAVA_OPTS=-Xmx2g -Dx=y).
"%PBM_JAVA%" -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -Dsun.jnu.encoding=UTF-8 %JAVA_OPTS% "-Dpbm.stderr.tty=%PBM_TTY%" "-Dpbm.home=%PBM_HOME%" -cp "%PBM_JAR%" io.pbm.examples.PbmCommand %*
set "PBM_RC=%ERRORLEVEL%"
if defined PBM_CP chcp %PBM_CP% >nul
endlocal & exit /b %PBM_RC%

REM Sets PBM_JAR to the application jar. A release build puts -sources/-javadoc/-tests jars
REM beside it; of what is left the plain jar has the shortest name.
:find_jar
set "PBM_JAR="
for %%F in ("%PBM_TARGET%\pbm-examples-*.jar") do call :consider_jar "%%~fF"
goto :eof

:consider_jar
set "PBM_NAME=%~n1"
if /i "%PBM_NAME:~-8%"=="-sources" goto :eof
if /i "%PBM_NAME:~-8%"=="-javadoc" goto :eof
if /i "%PBM_NAME:~-6%"=="-tests" goto :eof
if not defined PBM_JAR goto take_jar
call :length "%PBM_JAR%" PBM_LEN_OLD
call :length "%~f1" PBM_LEN_NEW
if %PBM_LEN_NEW% GEQ %PBM_LEN_OLD% goto :eof
:take_jar
set "PBM_JAR=%~f1"
goto :eof

REM Sets the variable named by the second argument to the length of the first.
:length
set "PBM_S=%~1"
set /a "%2=0"
:length_loop
if not defined PBM_S goto :eof
set "PBM_S=%PBM_S:~1%"
set /a "%2+=1"
goto length_loop

:no_java
>&2 echo pbm: no Java found (set JAVA_HOME or put java on PATH); pbm needs Java 17+
endlocal & exit /b 1

:bad_java_home
>&2 echo pbm: JAVA_HOME is set to "%JAVA_HOME%" but it has no bin\java.exe; pbm needs Java 17+
endlocal & exit /b 1

:no_maven
>&2 echo pbm: mvn not found on PATH: building pbm needs Maven 3.8.7+ and Java 17+
endlocal & exit /b 1

:build_failed
>&2 echo pbm: build failed; run "mvn -B verify" in "%PBM_HOME%" to see why
endlocal & exit /b 1
