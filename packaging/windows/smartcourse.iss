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
;     /POLICY=\\server\share\policy.toml copy a machine policy to C:\ProgramData\smartcourse\policy.toml
; Silent uninstall:
;   "C:\Program Files\SmartCourse\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "SmartCourse"
#define AppExe "smartcourse.exe"
#define ProgId "SmartCourse.Package"

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
DisableProgramGroupPage=yes
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=SmartCourse-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
UninstallDisplayIcon={app}\{#AppExe}
WizardStyle=modern

[Files]
Source: "dist\smartcourse\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "packaging\policy.example.toml"; DestDir: "{app}"; Flags: ignoreversion
Source: "docs\deploying.md"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; .smartcourse opens (imports) in SmartCourse, for every user of the machine.
Root: HKLM; Subkey: "Software\Classes\.smartcourse"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKLM; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "SmartCourse course package"; Flags: uninsdeletekey
Root: HKLM; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKLM; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" gui ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function PolicyTarget(): String;
begin
  Result := ExpandConstant('{commonappdata}\smartcourse\policy.toml');
end;

procedure CopyPolicy();
var
  Source: String;
begin
  Source := ExpandConstant('{param:POLICY|}');
  if Source = '' then
    Exit;
  ForceDirectories(ExtractFileDir(PolicyTarget()));
  if not FileCopy(Source, PolicyTarget(), False) then
    Log('could not copy the policy ' + Source);
end;

procedure PreloadCourses();
var
  Folder: String;
  Found: TFindRec;
  ResultCode: Integer;
begin
  Folder := ExpandConstant('{param:PRELOAD|{src}\preload}');
  if not FindFirst(Folder + '\*.smartcourse', Found) then
    Exit;
  try
    repeat
      WizardForm.StatusLabel.Caption := 'Installing course ' + Found.Name + '…';
      if not Exec(ExpandConstant('{app}\{#AppExe}'), 'import --system --force "' + Folder + '\' + Found.Name + '"',
                  '', SW_HIDE, ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
        Log('preloading ' + Found.Name + ' failed with exit code ' + IntToStr(ResultCode));
    until not FindNext(Found);
  finally
    FindClose(Found);
  end;
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
  begin
    CopyPolicy();
    PreloadCourses();
  end;
end;
