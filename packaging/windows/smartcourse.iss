; Inno Setup script for SmartCourse on Windows: a per-machine install of the PyInstaller onedir build.
; UNTESTED: no Windows machine here; .github/workflows/windows.yml builds it on a Windows runner.
;
; Build (from the repository root, after `pyinstaller packaging\smartcourse.spec` made dist\smartcourse\):
;   iscc /DAppVersion=0.1.0 packaging\windows\smartcourse.iss      → dist\SmartCourse-0.1.0-setup.exe
;
; Silent install for IT (all switches are Inno Setup's own):
;   SmartCourse-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /DIR="C:\Program Files\SmartCourse"
;     /PRELOAD=\\server\share\courses   import every *.smartcourse there into the machine library
;                                       (default: the "preload" folder beside the installer)
;     /POLICY=\\server\share\policy.toml copy a machine policy to C:\ProgramData\SmartCourse\policy.toml
;     /LOG="C:\Windows\Temp\smartcourse-setup.log"   Inno Setup's own log, including every preload
;   Preload failures are also written to C:\ProgramData\SmartCourse\preload.log, and setup then exits
;   with code 8 (instead of 0), so SCCM/Intune report the install as failed.
;   Under SCCM/Intune setup runs as SYSTEM, which may not reach \\server shares: copy the courses
;   into the deployment package and use the default preload folder (or /PRELOAD=a local folder).
; Silent uninstall:
;   "C:\Program Files\SmartCourse\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "SmartCourse"
#define AppExe "smartcourse.exe"
#define CliExe "smartcourse-cli.exe"
#define ProgId "SmartCourse.Package"
#define PreloadFailedExitCode 8

[Setup]
AppId={{6F1E7C52-3B8A-4D0E-9C61-5A2F0B7D9E34}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=SmartCourse Desktop developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
ChangesEnvironment=yes
DisableProgramGroupPage=yes
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=SmartCourse-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
UninstallDisplayIcon={app}\{#AppExe}
WizardStyle=modern

[InstallDelete]
; An upgrade must not leave the previous version's libraries beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Dirs]
; The machine policy and library: learners read, only Administrators and SYSTEM write. The ACL itself
; is set by SecureMachineFolder below (icacls), which also removes ProgramData's inherited
; "Users may create files" entry; [Dirs] Permissions could only add entries.
Name: "{commonappdata}\SmartCourse"; Flags: uninsneveruninstall

[Files]
Source: "dist\smartcourse\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "packaging\policy.example.toml"; DestDir: "{app}"; Flags: ignoreversion
Source: "docs\deploying.md"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add smartcourse-cli.exe to PATH (for scripts and IT)"; Flags: unchecked

[Registry]
; .smartcourse opens (imports) in SmartCourse, for every user of the machine.
Root: HKLM; Subkey: "Software\Classes\.smartcourse"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKLM; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "SmartCourse course package"; Flags: uninsdeletekey
Root: HKLM; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKLM; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" gui ""%1"""
; smartcourse-cli.exe on the machine PATH (task addtopath); removed again by the uninstaller (RemoveFromPath).
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NotOnPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
var
  PreloadFailures: Integer;

function MachineFolder(): String;
begin
  Result := ExpandConstant('{commonappdata}\SmartCourse');
end;

function PreloadLog(): String;
begin
  Result := MachineFolder() + '\preload.log';
end;

procedure Report(Line: String);
begin
  Log(Line);
  SaveStringToFile(PreloadLog(), GetDateTimeString('yyyy-mm-dd hh:nn:ss', '-', ':') + '  ' + Line + #13#10, True);
end;

{ Administrators (S-1-5-32-544) and SYSTEM (S-1-5-18) full control, Users (S-1-5-32-545) read; SIDs, so it
  works on every Windows language. Inheritance from ProgramData is removed. }
procedure SecureMachineFolder();
var
  ResultCode: Integer;
begin
  ForceDirectories(MachineFolder());
  if not Exec(ExpandConstant('{sys}\icacls.exe'), '"' + MachineFolder() + '" /inheritance:r /grant:r ' +
              '*S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX /T /C /Q',
              '', SW_HIDE, ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
  begin
    Report('could not set the permissions of ' + MachineFolder() + ' (icacls exit code ' + IntToStr(ResultCode) + ')');
    PreloadFailures := PreloadFailures + 1;
  end;
end;

procedure CopyPolicy();
var
  Source: String;
begin
  Source := ExpandConstant('{param:POLICY|}');
  if Source = '' then
    Exit;
  if not FileCopy(Source, MachineFolder() + '\policy.toml', False) then
  begin
    Report('could not copy the policy ' + Source + ' (a \\server share may be out of reach of SYSTEM)');
    PreloadFailures := PreloadFailures + 1;
  end;
end;

procedure PreloadCourses();
var
  Folder: String;
  Found: TFindRec;
  ResultCode: Integer;
begin
  Folder := ExpandConstant('{param:PRELOAD|{src}\preload}');
  if not FindFirst(Folder + '\*.smartcourse', Found) then
  begin
    if ExpandConstant('{param:PRELOAD|}') <> '' then
    begin
      Report('no *.smartcourse files found in ' + Folder + ' (a \\server share may be out of reach of SYSTEM)');
      PreloadFailures := PreloadFailures + 1;
    end;
    Exit;
  end;
  try
    repeat
      WizardForm.StatusLabel.Caption := 'Installing course ' + Found.Name + '…';
      { the console companion, so that its one-line error lands in preload.log }
      if Exec(ExpandConstant('{cmd}'), '/C ""' + ExpandConstant('{app}\{#CliExe}') + '" import --system --force "' +
              Folder + '\' + Found.Name + '" >> "' + PreloadLog() + '" 2>&1"',
              '', SW_HIDE, ewWaitUntilTerminated, ResultCode) and (ResultCode = 0) then
        Report('preloaded ' + Found.Name)
      else
      begin
        Report('preloading ' + Found.Name + ' failed with exit code ' + IntToStr(ResultCode));
        PreloadFailures := PreloadFailures + 1;
      end;
    until not FindNext(Found);
  finally
    FindClose(Found);
  end;
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
  begin
    SecureMachineFolder();
    CopyPolicy();
    PreloadCourses();
  end;
end;

{ Setup succeeded but a preload, the policy copy or the ACL failed: say so through the exit code. }
function GetCustomSetupExitCode(): Integer;
begin
  if PreloadFailures > 0 then
    Result := {#PreloadFailedExitCode}
  else
    Result := 0;
end;

function NotOnPath(Folder: String): Boolean;
var
  Current: String;
begin
  if not RegQueryStringValue(HKLM, 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment', 'Path', Current) then
    Result := True
  else
    Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Current) + ';') = 0;
end;

procedure RemoveFromPath(Folder: String);
var
  Current: String;
  Start: Integer;
begin
  if not RegQueryStringValue(HKLM, 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment', 'Path', Current) then
    Exit;
  Current := ';' + Current + ';';
  Start := Pos(';' + Uppercase(Folder) + ';', Uppercase(Current));
  if Start = 0 then
    Exit;
  Delete(Current, Start, Length(Folder) + 1);
  Current := Copy(Current, 2, Length(Current) - 2);
  RegWriteExpandStringValue(HKLM, 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment', 'Path', Current);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    RemoveFromPath(ExpandConstant('{app}'));
end;
