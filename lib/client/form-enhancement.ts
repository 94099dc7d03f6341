/**
 * The report and feedback forms with JavaScript: each `form[data-enhanced-form]` is posted in
 * the background (asking for JSON), so refusals appear next to their fields without a reload
 * and the reader's input stays as typed. On success the reader goes on to the page the server
 * names (`next`), or, for a form with `data-done-message`, the form is replaced by that text.
 * Without JavaScript the same forms post normally and the server answers with pages. Every
 * text comes from the server (the page's attributes or the answer) and is written with
 * `textContent`, never as HTML. Submits are caught on the document, so it works whenever it
 * runs (React places the script in `<head>`). It is sent as its own source text
 * (lib/client/page-script.ts), so it must not refer to anything outside itself.
 */
export function enhanceForms(): void {
  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.matches("form[data-enhanced-form]")) return;
    const summary = form.querySelector<HTMLElement>("[data-form-summary]");
    const say = (message: string) => {
      if (!summary) return;
      const line = document.createElement("p");
      line.setAttribute("role", "alert");
      line.className = "font-bold text-red-800 dark:text-red-300";
      line.textContent = message;
      summary.replaceChildren(line);
    };
    const showErrors = (errors: Record<string, string>) => {
      for (const slot of form.querySelectorAll<HTMLElement>("[data-message-for]")) {
        const message = errors[slot.dataset.messageFor ?? ""] ?? "";
        slot.textContent = message;
        for (const control of form.querySelectorAll<HTMLElement>(`[name="${slot.dataset.messageFor}"]`)) {
          if (message) control.setAttribute("aria-invalid", "true");
          else control.removeAttribute("aria-invalid");
        }
      }
      const count = Object.keys(errors).length;
      say((form.dataset.summaryTemplate ?? "").replace("{count}", String(count)));
      const first = form.querySelector<HTMLElement>('[aria-invalid="true"]');
      first?.focus();
    };
    event.preventDefault();
    const submitter = (event as SubmitEvent).submitter;
    const body = new URLSearchParams();
    new FormData(form, submitter instanceof HTMLButtonElement ? submitter : null).forEach((value, name) => {
      if (typeof value === "string") body.append(name, value);
    });
    const buttons = form.querySelectorAll<HTMLButtonElement>("button");
    buttons.forEach((button) => (button.disabled = true));
    fetch(form.action, {
      method: "POST",
      headers: { Accept: "application/json", "Content-Type": "application/x-www-form-urlencoded" },
      body,
    })
      .then(async (response) => {
        const answer = (await response.json().catch(() => ({}))) as { next?: string; errors?: Record<string, string>; message?: string };
        if (response.ok) {
          const done = form.dataset.doneMessage;
          if (done !== undefined) {
            const thanks = document.createElement("p");
            thanks.setAttribute("role", "status");
            thanks.className = "font-bold text-emerald-800 dark:text-emerald-300";
            thanks.textContent = done;
            form.replaceWith(thanks);
          } else if (answer.next) location.assign(answer.next);
          return;
        }
        if (answer.errors) showErrors(answer.errors);
        else say(answer.message ?? form.dataset.failedMessage ?? "");
      })
      .catch(() => say(form.dataset.failedMessage ?? ""))
      .finally(() => buttons.forEach((button) => (button.disabled = false)));
  });
}
