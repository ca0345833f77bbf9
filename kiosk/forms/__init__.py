"""The documents the kiosk prints, made with reportlab and fonts the package carries.

(The PDF of the scanned ID card is the scanner's: `kiosk.scanner.idcard_pdf`.)

- `request_form.render_request_form(RequestFormData) -> bytes`: the account-request form
  ("giấy đề nghị tạo tài khoản") the citizen checks and signs (seed 002, step 2).
- `citizen_guide.render_citizen_guide(...) -> bytes`: the citizen's one-page log-in and
  "Quên mật khẩu" handout.
- `daily_report.render_daily_report(...)` and `daily_report.daily_report_csv(...)`: the
  supervisor's list of the accounts created on one day, with totals.

No Qt here: the GUI previews and prints the bytes these functions return. Output is
deterministic (same input, same bytes) so a stored form can be re-made and compared.
"""
