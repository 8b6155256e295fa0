; Inno Setup 6 script for the Konnektive Desk installer (per-user, no administrator rights).
; packaging/windows/build.ps1 builds dist\konnektive-desk\ first and passes the version:
;   iscc /DAppVersion=0.1.0 packaging\windows\konnektive-desk.iss
; Output: dist\konnektive-desk-<version>-windows-x64-setup.exe

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z konnektive-desk.iss
#endif

#define AppName "Konnektive Desk"
#define AppExe "konnektive-desk.exe"
#define SourceRoot "..\.."

[Setup]
; AppId identifies the installation for upgrades and the uninstaller; keep it unchanged.
AppId={{7C4A4E0B-3F58-4C1E-9B0D-5D2A6E8F4B21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Konnektive Desk maintainers
; Per-user install into %LOCALAPPDATA%\Programs, so no UAC prompt appears.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#SourceRoot}\dist
OutputBaseFilename=konnektive-desk-{#AppVersion}-windows-x64-setup
SetupIconFile={#SourceRoot}\resources\icons\konnektive-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceRoot}\dist\konnektive-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
