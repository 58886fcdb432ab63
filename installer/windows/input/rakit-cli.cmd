@echo off
rem Rakit's command line in a console window: rakit-cli help, rakit-cli scan FOLDER, ...
rem Rakit.exe starts the window without a console, so what "Rakit.exe scan" prints is lost;
rem this runs the same jars on the same bundled Java with the launcher's JVM options
rem (installer\app-image.options), and prints to this console. Installed as app\rakit-cli.cmd.
setlocal
set "APPDIR=%~dp0"
"%APPDIR%..\runtime\bin\java.exe" -Xmx1g -Dfile.encoding=UTF-8 -jar "%APPDIR%rakit.jar" %*
exit /b %ERRORLEVEL%
