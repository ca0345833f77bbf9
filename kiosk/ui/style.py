"""One stylesheet for the whole kiosk: large, high-contrast, readable at 1366×768."""

STYLESHEET = """
QWidget { font-size: 11pt; }
QLabel#AppTitle { font-size: 16pt; font-weight: 600; color: #0b3d91; }
QLabel#PageTitle { font-size: 14pt; font-weight: 600; }
QLabel#Muted { color: #555; }
QFrame#TrainingBanner { background: #f59e0b; }
QLabel#TrainingBannerText { color: #111; font-weight: 700; font-size: 11pt; }
QFrame#Card { background: #ffffff; border: 1px solid #d0d7de; border-radius: 6px; }
QPushButton { padding: 6px 14px; }
QPushButton#Primary { background: #0b5cad; color: white; font-weight: 600; border-radius: 4px;
                      padding: 10px 22px; font-size: 12pt; }
QPushButton#Primary:disabled { background: #9bb7d4; }
QLabel#ErrorText { color: #b42318; }
QLabel#WarningText { color: #8a5a00; }
QLabel#OkText { color: #067647; }
QLabel#StepItem { color: #666; }
QLabel#StepDone { color: #067647; }
QLabel#StepSkipped { color: #999; text-decoration: line-through; }
QLabel#StepCurrent { color: #0b3d91; font-weight: 700; background: #e6eefb; padding: 4px;
                     border-radius: 4px; }
QLabel#ResultHeadline { color: #067647; font-size: 18pt; font-weight: 700; }
QLabel#ExistsHeadline { color: #8a5a00; font-size: 18pt; font-weight: 700; }
QLabel#CardView { background: #f3f4f6; border: 1px dashed #9aa4b2; color: #555; }
"""
