import { formatDateTimeDe } from './german-format';
import { RenderedMail, renderMail } from './mail-layout';

/** Invitation to a new account: the link sets the first password (valid 7 days). */
export function invitationMail(facts: { recipientName: string; roleLabel: string; url: string; expiresAt: Date }): RenderedMail {
  return renderMail({
    subject: 'Einladung zu Bündnisnetz',
    recipientName: facts.recipientName,
    paragraphs: [
      `Sie wurden zu Bündnisnetz eingeladen, dem Koordinations-CRM des Servicebüros „Lokale Bündnisse für Familie“ (Rolle: ${facts.roleLabel}).`,
      'Über den folgenden Link legen Sie Ihr Passwort fest und melden sich danach an.',
    ],
    action: { label: 'Passwort festlegen und Einladung annehmen', url: facts.url },
    note: `Der Link gilt bis ${formatDateTimeDe(facts.expiresAt)} und kann nur einmal verwendet werden. Wenn Sie keine Einladung erwartet haben, können Sie diese Nachricht ignorieren.`,
  });
}

/** Password reset: the link sets a new password (valid 24 hours) and ends every session. */
export function passwordResetMail(facts: { recipientName: string; url: string; expiresAt: Date }): RenderedMail {
  return renderMail({
    subject: 'Passwort für Bündnisnetz zurücksetzen',
    recipientName: facts.recipientName,
    paragraphs: [
      'Für Ihr Konto bei Bündnisnetz wurde ein neues Passwort angefordert.',
      'Über den folgenden Link legen Sie ein neues Passwort fest. Danach sind Sie auf allen Geräten abgemeldet.',
    ],
    action: { label: 'Neues Passwort festlegen', url: facts.url },
    note: `Der Link gilt bis ${formatDateTimeDe(facts.expiresAt)} und kann nur einmal verwendet werden. Wenn Sie kein neues Passwort angefordert haben, ignorieren Sie diese Nachricht; Ihr bisheriges Passwort bleibt gültig.`,
  });
}
