# Build Konnektive Desk for Windows x64:
#   dist\konnektive-desk\                                  one-folder bundle (PyInstaller)
#   dist\konnektive-desk-<version>-windows-x64-setup.exe   per-user installer (Inno Setup 6)
# Run from any folder: powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs: Python 3.11 (py launcher or python on PATH) and Inno Setup 6 (iscc.exe on PATH or
# in its default folder). Set $env:PYTHON to use another interpreter.
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

function Invoke-Checked {
    param([string]$Program, [string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "$Program $($Arguments -join ' ') failed with exit code $LASTEXITCODE"
    }
}

$Python = if ($env:PYTHON) { $env:PYTHON } else { "python" }
$Venv = "build\venv-windows"
$VenvPython = Join-Path $Venv "Scripts\python.exe"

$Version = & $Python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
if ($LASTEXITCODE -ne 0) { throw "Reading the version from pyproject.toml failed" }
Write-Host "Building Konnektive Desk $Version"

if (-not (Test-Path $VenvPython)) {
    Invoke-Checked $Python @("-m", "venv", $Venv)
}
Invoke-Checked $VenvPython @("-m", "pip", "install", "-q", "--upgrade", "pip")
Invoke-Checked $VenvPython @("-m", "pip", "install", "-q", ".", "pyinstaller>=6.22,<6.23")

if (Test-Path "dist\konnektive-desk") { Remove-Item -Recurse -Force "dist\konnektive-desk" }
Invoke-Checked $VenvPython @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "dist", "--workpath", "build\pyinstaller", "packaging\konnektive_desk.spec")

# Smoke test: a windowed (console=False) exe does not block the shell, so wait for it.
$env:QT_QPA_PLATFORM = "offscreen"
$Smoke = Start-Process -FilePath "dist\konnektive-desk\konnektive-desk.exe" `
    -ArgumentList "--smoke-test" -Wait -PassThru -NoNewWindow
Remove-Item Env:QT_QPA_PLATFORM
if ($Smoke.ExitCode -ne 0) { throw "The bundle's --smoke-test exited with $($Smoke.ExitCode)" }

$Iscc = Get-Command iscc.exe -ErrorAction SilentlyContinue
$IsccPath = if ($Iscc) { $Iscc.Source } else { Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $IsccPath)) { throw "Inno Setup 6 (ISCC.exe) not found; install it: choco install innosetup" }
Invoke-Checked $IsccPath @("/Qp", "/DAppVersion=$Version", "packaging\windows\konnektive-desk.iss")

$BundleBytes = (Get-ChildItem "dist\konnektive-desk" -Recurse -File | Measure-Object Length -Sum).Sum
Write-Host ("Bundle folder dist\konnektive-desk: {0:N0} MiB" -f ($BundleBytes / 1MB))
Get-ChildItem "dist\*-setup.exe" | ForEach-Object { Write-Host ("{0}: {1:N0} MiB" -f $_.Name, ($_.Length / 1MB)) }
