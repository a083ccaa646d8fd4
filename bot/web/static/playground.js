// The playground's little script: send the draft without reloading, count feedback clicks.
// Every sentence comes from the page (#copy, written by the server); no external resource.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const copy = JSON.parse(document.getElementById("copy").textContent);
  const form = document.getElementById("draft-form");
  const draft = document.getElementById("draft");
  const messages = document.getElementById("messages");
  const submit = form.querySelector("button[type=submit]");

  const reveal = (root) => {
    root.querySelectorAll(".feedback[hidden]").forEach((box) => { box.hidden = false; });
  };

  const botMessage = (text, className) => {
    const item = document.createElement("li");
    item.className = "message from-bot";
    const sender = document.createElement("p");
    sender.className = "sender";
    sender.textContent = copy.bot_name;
    const bubble = document.createElement("div");
    bubble.className = "bubble " + className;
    if (className === "error") bubble.setAttribute("role", "alert");
    const line = document.createElement("p");
    line.textContent = text;
    bubble.append(line);
    item.append(sender, bubble);
    return item;
  };

  const sendDraft = async () => {
    const pending = botMessage(copy.pending, "pending");
    messages.append(pending);
    submit.disabled = true;
    form.setAttribute("aria-busy", "true");
    try {
      const response = await fetch("/playground/reply", {
        method: "POST",
        body: new URLSearchParams(new FormData(form)),
        headers: { Accept: "text/html" },
      });
      const type = response.headers.get("content-type") || "";
      if (!type.startsWith("text/html") || response.status >= 500 && response.status !== 503) {
        pending.replaceWith(botMessage(copy.error_server, "error"));
        return;
      }
      const template = document.createElement("template");
      template.innerHTML = await response.text();  // our own escaped fragment
      reveal(template.content);
      const added = Array.from(template.content.children);
      pending.replaceWith(template.content);
      added[added.length - 1].scrollIntoView({ block: "nearest" });
    } catch (error) {
      pending.replaceWith(botMessage(copy.error_network, "error"));
    } finally {
      submit.disabled = false;
      form.removeAttribute("aria-busy");
    }
  };

  const sendFeedback = async (button) => {
    const box = button.closest(".feedback");
    box.querySelectorAll("button").forEach((other) => { other.disabled = true; });
    button.setAttribute("aria-pressed", "true");
    const useful = button.dataset.useful === "true";
    let text = copy.feedback_failed;
    try {
      const response = await fetch("/api/feedback", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          draft_id: box.dataset.draft, axis: box.dataset.axis, kind: box.dataset.kind, useful,
        }),
      });
      if (response.ok) text = useful ? copy.thanks_useful : copy.thanks_not_relevant;
    } catch (error) {
      text = copy.feedback_failed;
    }
    box.querySelector(".thanks").textContent = text;
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    sendDraft();
  });
  draft.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  messages.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-useful]");
    if (button && !button.disabled) sendFeedback(button);
  });
  reveal(document);
});
