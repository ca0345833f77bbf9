; Windows installer of the kiosk (Inno Setup 6.3 or later). See docs/deploy.md.
;
; Build on Windows, after `make dist` (or the same PyInstaller command) produced dist\kiosk:
;   iscc /DAppVersion=0.1.0 installer\kiosk.iss      -> dist\kiosk-0.1.0-setup.exe
; Without /DAppVersion the version is read from dist\kiosk\kiosk.exe.
;
; Installs per machine (administrator rights) into Program Files, and writes the system-wide
; configuration C:\ProgramData\kiosk\config.toml from these parameters (or the wizard page):
;   /GATEWAYURL=https://...   gateway.url   (empty: training mode)
;   /UNIT=HY-TTPVHCC          counter.unit_id
;   /CABUNDLE=C:\path\ca.pem  gateway.ca_bundle (copied to C:\ProgramData\kiosk\ca-bundle.pem)
;   /COUNTER="Quay 3"         counter.name
; Silent install for many PCs:
;   kiosk-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /GATEWAYURL=https://... /UNIT=...
; An existing config.toml is kept unless one of the parameters is given; when rewritten, the
; old one is kept as config.toml.bak. Uninstalling keeps C:\ProgramData\kiosk (the machine's
; configuration) unless /PURGEDATA is given; each account's cases and logs live in its own
; profile (see docs/deploy.md: uninstall and data deletion).
;
; This script is kept plain on purpose: it cannot be compiled on the Linux build machines, so
; every step here is one a reviewer can check by reading.

#define AppName "Kiosk tao tai khoan dich vu cong"
#define AppExe "kiosk.exe"
#define CliExe "kiosk-cli.exe"
#define DistDir AddBackslash(SourcePath) + "..\dist\kiosk"
#ifndef AppVersion
  #define AppVersion GetVersionNumbersString(DistDir + "\" + AppExe)
#endif

[Setup]
AppId={{6D2B1C8E-5F3A-4E9D-B0A7-2C4E8F1A9D35}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Kiosk mot cua
DefaultDirName={autopf}\Kiosk
DefaultGroupName=Kiosk
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=kiosk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
SetupIconFile=..\resources\icons\kiosk.ico
UninstallDisplayIcon={app}\{#AppExe}
; An upgrade must not leave a running kiosk holding old files.
CloseApplications=force
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: checkedonce

[Dirs]
; Every account reads the system configuration; only administrators change it.
Name: "{commonappdata}\kiosk"; Permissions: users-readexec

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the whole bundle: a file the new version no longer ships must not stay.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Kiosk"; Filename: "{app}\{#AppExe}"
Name: "{autoprograms}\Kiosk - check this PC"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#CliExe}"" doctor"
Name: "{autodesktop}\Kiosk"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "Start the kiosk"; Flags: nowait postinstall skipifsilent unchecked

[Code]
var
  ConfigPage: TInputQueryWizardPage;

function ConfigFile(): String;
begin
  Result := ExpandConstant('{commonappdata}\kiosk\config.toml');
end;

function Param(const Name: String): String;
begin
  Result := Trim(ExpandConstant('{param:' + Name + '|}'));
end;

function AnyParamGiven(): Boolean;
begin
  Result := (Param('GATEWAYURL') <> '') or (Param('UNIT') <> '') or
            (Param('CABUNDLE') <> '') or (Param('COUNTER') <> '');
end;

{ A TOML basic string: backslashes (Windows paths) and quotes escaped, control characters dropped. }
function TomlString(const Value: String): String;
var
  I: Integer;
  C: String;
begin
  Result := '"';
  for I := 1 to Length(Value) do
  begin
    C := Copy(Value, I, 1);
    if C = '\' then
      Result := Result + '\\'
    else if C = '"' then
      Result := Result + '\"'
    else if Ord(C[1]) >= 32 then
      Result := Result + C;
  end;
  Result := Result + '"';
end;

procedure InitializeWizard();
begin
  ConfigPage := CreateInputQueryPage(wpSelectTasks,
    'Kiosk configuration', 'Written to ' + ConfigFile(),
    'Leave the gateway empty for training mode. These values apply to every Windows account on this PC.');
  ConfigPage.Add('Gateway URL (https://...):', False);
  ConfigPage.Add('Unit id (counter.unit_id):', False);
  ConfigPage.Add('CA bundle file (PEM), if the province PKI signs the gateway:', False);
  ConfigPage.Add('Counter name (e.g. Quay 3):', False);
  ConfigPage.Values[0] := Param('GATEWAYURL');
  ConfigPage.Values[1] := Param('UNIT');
  ConfigPage.Values[2] := Param('CABUNDLE');
  ConfigPage.Values[3] := Param('COUNTER');
end;

function ShouldSkipPage(PageID: Integer): Boolean;
begin
  { On an upgrade the existing configuration stays; parameters still replace it. }
  Result := (PageID = ConfigPage.ID) and FileExists(ConfigFile()) and not AnyParamGiven();
end;

procedure WriteConfig();
var
  Url, UnitId, CaSource, CaBundle, Counter: String;
  Lines: TArrayOfString;
begin
  Url := Trim(ConfigPage.Values[0]);
  UnitId := Trim(ConfigPage.Values[1]);
  CaSource := Trim(ConfigPage.Values[2]);
  Counter := Trim(ConfigPage.Values[3]);
  CaBundle := '';
  if CaSource <> '' then
  begin
    { A copy the kiosk owns: the source may be on a USB stick or a share that goes away. }
    CaBundle := ExpandConstant('{commonappdata}\kiosk\ca-bundle.pem');
    if not FileCopy(CaSource, CaBundle, False) then
      RaiseException('Cannot copy the CA bundle ' + CaSource);
  end;
  if FileExists(ConfigFile()) then
    FileCopy(ConfigFile(), ConfigFile() + '.bak', False);
  SetArrayLength(Lines, 8);
  Lines[0] := '# Written by the kiosk installer; keys: docs/deploy.md. Empty url = training mode.';
  Lines[1] := '[gateway]';
  Lines[2] := 'url = ' + TomlString(Url);
  Lines[3] := 'ca_bundle = ' + TomlString(CaBundle);
  Lines[4] := '';
  Lines[5] := '[counter]';
  Lines[6] := 'unit_id = ' + TomlString(UnitId);
  Lines[7] := 'name = ' + TomlString(Counter);
  { tomllib refuses a byte-order mark: UTF-8 without one. }
  if not SaveStringsToUTF8FileWithoutBOM(ConfigFile(), Lines, False) then
    RaiseException('Cannot write ' + ConfigFile());
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  { Fresh install: always write. Upgrade: only when parameters ask for new values. }
  if (CurStep = ssPostInstall) and (AnyParamGiven() or not FileExists(ConfigFile())) then
    WriteConfig();
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { The machine's configuration is deleted only when asked: a reinstall keeps its gateway.
    Per-user data (cases, logs) lives in each account's profile: docs/deploy.md. }
  if (CurUninstallStep = usPostUninstall) and (ExpandConstant('{param:PURGEDATA|0}') <> '0') then
  begin
    DelTree(ExpandConstant('{commonappdata}\kiosk'), True, True, True);
  end;
end;
