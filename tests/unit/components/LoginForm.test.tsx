// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { LoginForm } from "@/components/LoginForm";

describe("LoginForm", () => {
  it("without JavaScript is a POST to next-auth's credentials callback with the csrf token, never a GET", () => {
    const { container } = render(<LoginForm csrfToken="token-123" callbackUrl="/griffie" />);
    const form = container.querySelector("form");
    expect(form).toHaveAttribute("method", "post");
    expect(form).toHaveAttribute("action", "/api/auth/callback/credentials");
    expect(container.querySelector('input[type="hidden"][name="csrfToken"]')).toHaveValue("token-123");
    expect(container.querySelector('input[type="hidden"][name="callbackUrl"]')).toHaveValue("/griffie");
    expect(screen.getByLabelText("E-mailadres")).toHaveAttribute("name", "email");
    expect(screen.getByLabelText("Wachtwoord")).toHaveAttribute("name", "password");
  });

  it("shows Dutch messages inline and in a summary, and does not submit an empty form", async () => {
    const submit = vi.fn();
    render(<LoginForm submit={submit} />);
    await userEvent.click(screen.getByRole("button", { name: "Inloggen" }));
    expect(await screen.findByText("Controleer het formulier:")).toBeInTheDocument();
    expect(screen.getAllByText("Vul uw e-mailadres in.")).toHaveLength(2);
    expect(screen.getAllByText("Vul uw wachtwoord in.")).toHaveLength(2);
    expect(screen.getByLabelText("E-mailadres")).toHaveAttribute("aria-invalid", "true");
    expect(submit).not.toHaveBeenCalled();
  });

  it("rejects an invalid e-mail address with a helpful message", async () => {
    const submit = vi.fn();
    render(<LoginForm submit={submit} />);
    await userEvent.type(screen.getByLabelText("E-mailadres"), "griffier-at-gemeente");
    await userEvent.type(screen.getByLabelText("Wachtwoord"), "geheim");
    await userEvent.click(screen.getByRole("button", { name: "Inloggen" }));
    expect(await screen.findAllByText(/Vul een geldig e-mailadres in/)).toHaveLength(2);
    expect(submit).not.toHaveBeenCalled();
  });

  it("submits valid values and shows the server's refusal as an alert", async () => {
    const submit = vi.fn().mockResolvedValue({ ok: false, error: "Het e-mailadres of het wachtwoord is onjuist." });
    render(<LoginForm submit={submit} />);
    await userEvent.type(screen.getByLabelText("E-mailadres"), "griffier@urk.nl");
    await userEvent.type(screen.getByLabelText("Wachtwoord"), "fout");
    await userEvent.click(screen.getByRole("button", { name: "Inloggen" }));
    expect(submit).toHaveBeenCalledWith({ email: "griffier@urk.nl", password: "fout" });
    expect(await screen.findByRole("alert")).toHaveTextContent("Het e-mailadres of het wachtwoord is onjuist.");
  });

  it("goes to the callback URL after a successful sign-in", async () => {
    const onSignedIn = vi.fn();
    render(<LoginForm submit={async () => ({ ok: true })} onSignedIn={onSignedIn} callbackUrl="/werkruimte" />);
    await userEvent.type(screen.getByLabelText("E-mailadres"), "griffier@urk.nl");
    await userEvent.type(screen.getByLabelText("Wachtwoord"), "juist");
    await userEvent.click(screen.getByRole("button", { name: "Inloggen" }));
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledWith("/werkruimte"));
  });
});
