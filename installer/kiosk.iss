; Windows installer of the kiosk (Inno Setup 6.3 or later). See docs/deploy.md.
;
; Build on Windows, after `make dist` (or the same PyInstaller command) produced dist\kiosk:
;   iscc /DAppVersion=0.1.0 installer\kiosk.iss      -> dist\kiosk-0.1.0-setup.exe
; Without /DAppVersion the version is read from dist\kiosk\kiosk.exe (first three parts).
;
; Installs per machine (administrator rights) into Program Files, and sets keys of the
; system-wide configuration C:\ProgramData\kiosk\config.toml from these parameters (or the
; wizard page). Each given parameter changes its own key only; everything else in the file,
; keys IT added by hand included, stays. The keys are written by the kiosk itself
; (kiosk-cli.exe config set), never by hand here.
;   /GATEWAYURL=https://...   gateway.url
;   /UNIT=HY-TTPVHCC          counter.unit_id
;   /CABUNDLE=C:\path\ca.pem  gateway.ca_bundle (copied to C:\ProgramData\kiosk\ca-bundle.pem)
;   /COUNTER="Quay 3"         counter.name
;   /PLACE="Hung Yen"         counter.place
;   /TRAINING=1               gateway.mode = "training" (a PC for teaching only)
; Silent install for many PCs:
;   kiosk-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /GATEWAYURL=https://... /UNIT=...
; An update without parameters keeps config.toml as it is; when keys change, the previous file
; is kept as config.toml.bak. Uninstalling keeps C:\ProgramData\kiosk (the machine's
; configuration) unless /PURGEDATA=1 (or /PURGEDATA) is given; each account's cases, keys and
; logs live in its own profile: `kiosk-cli uninstall-data` (docs/deploy.md).
;
; This script is kept plain on purpose: it cannot be compiled on the Linux build machines, so
; every step here is one a reviewer can check by reading (tests/packaging reads it too).

#define AppName "Kiosk tao tai khoan dich vu cong"
#define AppExe "kiosk.exe"
#define CliExe "kiosk-cli.exe"
#define DistDir AddBackslash(SourcePath) + "..\dist\kiosk"
#ifndef AppVersion
  ; The executable carries four parts (0.1.0.0); the setup's name and Apps list show three.
  #define VerMajor 0
  #define VerMinor 0
  #define VerPatch 0
  #define VerBuild 0
  #expr GetVersionComponents(DistDir + "\" + AppExe, VerMajor, VerMinor, VerPatch, VerBuild)
  #define AppVersion Str(VerMajor) + "." + Str(VerMinor) + "." + Str(VerPatch)
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
; The bundle is _internal\ and the executables beside it; unins000.* are Inno's own.
Type: filesandordirs; Name: "{app}\_internal"
Type: files; Name: "{app}\kiosk*.exe"
Type: files; Name: "{app}\*.dll"

[Icons]
Name: "{autoprograms}\Kiosk"; Filename: "{app}\{#AppExe}"
Name: "{autoprograms}\Kiosk - check this PC"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#CliExe}"" doctor"
Name: "{autodesktop}\Kiosk"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
; ProgramData lets every user create files in a new folder (inherited "CREATOR OWNER" rights):
; an officer could then plant a config.toml.bak or a CA file. Administrators and SYSTEM own
; the folder, Users may only read it.
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\kiosk"" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX"; Flags: runhidden waituntilterminated; StatusMsg: "Securing C:\ProgramData\kiosk..."
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

{ /NAME, /NAME=1 (any value but 0): Inno's param: constant alone misses the bare switch. }
function SwitchGiven(const Name: String): Boolean;
var
  I: Integer;
  Arg: String;
begin
  Result := False;
  for I := 1 to ParamCount do
  begin
    Arg := Uppercase(ParamStr(I));
    if (Arg = '/' + Name) or
       ((Pos('/' + Name + '=', Arg) = 1) and (Arg <> '/' + Name + '=0')) then
      Result := True;
  end;
end;

function AnyParamGiven(): Boolean;
begin
  Result := (Param('GATEWAYURL') <> '') or (Param('UNIT') <> '') or
            (Param('CABUNDLE') <> '') or (Param('COUNTER') <> '') or
            (Param('PLACE') <> '') or SwitchGiven('TRAINING');
end;

{ What cannot work is refused before anything is installed: a failed CA copy or a refused
  key after the files are in place would leave a half-configured counter. }
function CheckValues(const Url, CaSource: String): String;
begin
  Result := '';
  if (Url <> '') and (Pos('https://', Lowercase(Url)) <> 1) then
    Result := 'The gateway URL must start with https:// (' + Url + ')'
  else if (CaSource <> '') and not FileExists(CaSource) then
    Result := 'The CA bundle file cannot be read by the installer: ' + CaSource +
      ' (a silent install runs as SYSTEM: the share must let the computer account read it)'
  else if (Url <> '') and SwitchGiven('TRAINING') then
    Result := 'Give either a gateway URL or /TRAINING, not both';
end;

function InitializeSetup(): Boolean;
var
  Problem: String;
begin
  Problem := CheckValues(Param('GATEWAYURL'), Param('CABUNDLE'));
  Result := Problem = '';
  if not Result then
    SuppressibleMsgBox(Problem, mbCriticalError, MB_OK, IDOK);
end;

procedure InitializeWizard();
begin
  ConfigPage := CreateInputQueryPage(wpSelectTasks,
    'Kiosk configuration', 'Keys set in ' + ConfigFile(),
    'Only the values you fill in are written; empty fields leave their keys as they are. ' +
    'Without a gateway the installed kiosk says it is not configured. ' +
    'These values apply to every Windows account on this PC.');
  ConfigPage.Add('Gateway URL (https://...):', False);
  ConfigPage.Add('Unit id (counter.unit_id):', False);
  ConfigPage.Add('CA bundle file (PEM), if the province PKI signs the gateway:', False);
  ConfigPage.Add('Counter name (e.g. Quay 3):', False);
  ConfigPage.Add('Place written on forms (e.g. Hung Yen):', False);
  ConfigPage.Values[0] := Param('GATEWAYURL');
  ConfigPage.Values[1] := Param('UNIT');
  ConfigPage.Values[2] := Param('CABUNDLE');
  ConfigPage.Values[3] := Param('COUNTER');
  ConfigPage.Values[4] := Param('PLACE');
end;

function NextButtonClick(CurPageID: Integer): Boolean;
var
  Problem: String;
begin
  Result := True;
  if CurPageID = ConfigPage.ID then
  begin
    Problem := CheckValues(Trim(ConfigPage.Values[0]), Trim(ConfigPage.Values[2]));
    if Problem <> '' then
    begin
      MsgBox(Problem, mbError, MB_OK);
      Result := False;
    end;
  end;
end;

function ShouldSkipPage(PageID: Integer): Boolean;
begin
  { On an upgrade the existing configuration stays; parameters still change their keys. }
  Result := (PageID = ConfigPage.ID) and FileExists(ConfigFile()) and not AnyParamGiven();
end;

{ One KEY VALUE pair for kiosk-cli.exe; a double quote cannot be passed safely, so it is refused. }
function Pair(const Key, Value: String): String;
begin
  if Pos('"', Value) > 0 then
    RaiseException('A value may not contain a double quote: ' + Key);
  Result := ' ' + Key + ' ' + AddQuotes(Value);
end;

procedure WriteConfig();
var
  Url, UnitId, CaSource, Counter, Place, Pairs, Work: String;
  Code: Integer;
begin
  Url := Trim(ConfigPage.Values[0]);
  UnitId := Trim(ConfigPage.Values[1]);
  CaSource := Trim(ConfigPage.Values[2]);
  Counter := Trim(ConfigPage.Values[3]);
  Place := Trim(ConfigPage.Values[4]);
  Pairs := '';
  if Url <> '' then Pairs := Pairs + Pair('gateway.url', Url);
  if UnitId <> '' then Pairs := Pairs + Pair('counter.unit_id', UnitId);
  if Counter <> '' then Pairs := Pairs + Pair('counter.name', Counter);
  if Place <> '' then Pairs := Pairs + Pair('counter.place', Place);
  if SwitchGiven('TRAINING') then Pairs := Pairs + Pair('gateway.mode', 'training');
  if CaSource <> '' then
    Pairs := Pairs + Pair('gateway.ca_bundle', ExpandConstant('{commonappdata}\kiosk\ca-bundle.pem'));
  if (Pairs = '') and FileExists(ConfigFile()) then
    exit;
  if Pairs = '' then
    Pairs := Pair('gateway.url', '');  { a fresh file: the kiosk says it is not configured }
  { On a copy: the kiosk validates the keys as it reads them, and a refusal changes nothing. }
  Work := ConfigFile() + '.new';
  DeleteFile(Work);
  if FileExists(ConfigFile()) and not FileCopy(ConfigFile(), Work, False) then
    RaiseException('Cannot copy ' + ConfigFile());
  if not Exec(ExpandConstant('{app}\{#CliExe}'), 'config set --file ' + AddQuotes(Work) + Pairs,
              '', SW_HIDE, ewWaitUntilTerminated, Code) or (Code <> 0) then
  begin
    DeleteFile(Work);
    RaiseException('The configuration was refused (kiosk-cli config set, exit ' +
      IntToStr(Code) + '); nothing was changed in ' + ConfigFile());
  end;
  if CaSource <> '' then
  begin
    { A copy the kiosk owns: the source may be on a USB stick or a share that goes away. }
    if not FileCopy(CaSource, ExpandConstant('{commonappdata}\kiosk\ca-bundle.pem'), False) then
    begin
      DeleteFile(Work);
      RaiseException('Cannot copy the CA bundle ' + CaSource);
    end;
  end;
  if FileExists(ConfigFile()) then
    FileCopy(ConfigFile(), ConfigFile() + '.bak', False);
  DeleteFile(ConfigFile());
  if not RenameFile(Work, ConfigFile()) then
    RaiseException('Cannot write ' + ConfigFile());
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  { Fresh install: always a file. Upgrade: only the keys parameters ask to change. }
  if (CurStep = ssPostInstall) and (AnyParamGiven() or not FileExists(ConfigFile())) then
    WriteConfig();
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { The machine's configuration is deleted only when asked: a reinstall keeps its gateway.
    Per-user data (cases, keys, logs) lives in each account's profile: docs/deploy.md. }
  if (CurUninstallStep = usPostUninstall) and SwitchGiven('PURGEDATA') then
  begin
    DelTree(ExpandConstant('{commonappdata}\kiosk'), True, True, True);
  end;
end;
