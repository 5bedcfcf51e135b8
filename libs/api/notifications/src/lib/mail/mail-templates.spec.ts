import { escapeHtml, renderMail } from './mail-layout';
import { formatDateDe, formatDateTimeDe, formatWindowDe, joinGerman } from './german-format';
import {
  feedbackRequestMail,
  offerAcceptedMail,
  offerDeclinedMail,
  offerSentMail,
  reportReturnedMail,
  reportSubmittedMail,
  requestReceivedMail,
} from './mentoring-mails';
import { offerReminderMail, reportReminderMail, requestReminderMail } from './reminder-mails';
import { invitationMail, passwordResetMail } from './account-mails';

const URL = 'https://buendnisnetz.example.org/einsaetze/42?x=1&y=2';

describe('German formatting', () => {
  it('formats dates as TT.MM.JJJJ and instants in German time', () => {
    expect(formatDateDe('2025-03-07')).toBe('07.03.2025');
    expect(formatDateTimeDe(new Date('2025-07-01T10:05:00Z'))).toBe('01.07.2025 12:05 Uhr');
    expect(formatWindowDe('2025-03-01', '2025-03-15')).toBe('01.03.2025 bis 15.03.2025');
    expect(formatWindowDe('2025-03-01', null)).toBe('ab 01.03.2025');
    expect(formatWindowDe(null, null)).toBeNull();
    expect(joinGerman(['A', 'B', 'C'])).toBe('A, B und C');
    expect(joinGerman(['A'])).toBe('A');
  });
});

describe('renderMail', () => {
  const mail = renderMail({
    subject: 'Bericht <b>zur</b> Prüfung',
    recipientName: 'Erika <script>alert(1)</script> Muster',
    paragraphs: ['Der Bericht von "Müller & Söhne" liegt vor.'],
    facts: [['Kommentar', "Bitte <i>ergänzen</i> & 'prüfen'"]],
    action: { label: 'Bericht prüfen', url: URL },
  });

  it('escapes every value in the HTML part', () => {
    expect(mail.html).toContain('Guten Tag Erika &lt;script&gt;alert(1)&lt;/script&gt; Muster,');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('<title>Bericht &lt;b&gt;zur&lt;/b&gt; Prüfung</title>');
    expect(mail.html).toContain('&quot;Müller &amp; Söhne&quot;');
    expect(mail.html).toContain('Bitte &lt;i&gt;ergänzen&lt;/i&gt; &amp; &#39;prüfen&#39;');
    expect(mail.html).toContain(`<a href="${URL.replace(/&/g, '&amp;')}"`);
    expect(mail.html).toContain('>Bericht prüfen</a>');
    expect(mail.html).toContain('<html lang="de">');
  });

  it('writes the same content as plain text, with the link under its label', () => {
    expect(mail.text).toContain('Guten Tag Erika <script>alert(1)</script> Muster,');
    expect(mail.text).toContain('Der Bericht von "Müller & Söhne" liegt vor.');
    expect(mail.text).toContain(`Bericht prüfen:\n${URL}`);
    expect(mail.summary).toBe('Der Bericht von "Müller & Söhne" liegt vor.');
  });

  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

/** No template may use a meaningless link text. */
function expectMeaningfulLink(mail: { text: string; html: string }, label: string): void {
  expect(mail.html).toContain(`>${escapeHtml(label)}</a>`);
  expect(mail.text).toContain(`${label}:\n`);
  expect(`${mail.text} ${mail.html}`.toLowerCase()).not.toMatch(/hier klicken|klicken sie hier|>hier<|>link</);
}

describe('mentoring mails', () => {
  it('offers a request to a mentor without naming the alliance', () => {
    const mail = offerSentMail({
      recipientName: 'Mara Mentorin',
      occasion: 'Gründung',
      mode: 'Vor Ort',
      window: { from: '2025-04-01', until: '2025-06-30' },
      landName: 'Niedersachsen',
      specialties: ['Bündnisgründung', 'Öffentlichkeitsarbeit'],
      url: URL,
    });
    expect(mail.subject).toBe('Neue Einsatzanfrage: Gründung (Niedersachsen)');
    expect(mail.text).toContain('Guten Tag Mara Mentorin,');
    expect(mail.text).toContain('Wunschzeitraum: 01.04.2025 bis 30.06.2025');
    expect(mail.text).toContain('Fachgebiete: Bündnisgründung, Öffentlichkeitsarbeit');
    expect(mail.text).toContain('innerhalb von 5 Werktagen');
    expectMeaningfulLink(mail, 'Einsatzangebot ansehen und beantworten');
  });

  it('tells the Fachberatung about an acceptance and a decline with its reason', () => {
    const facts = { recipientName: 'Frau Fach', mentorName: 'Mara Mentorin', allianceName: 'Bündnis für Familie Nörten-Hardenberg', occasion: 'Gründung', url: URL };
    const accepted = offerAcceptedMail(facts);
    expect(accepted.subject).toBe('Zusage von Mara Mentorin: Bündnis für Familie Nörten-Hardenberg');
    expectMeaningfulLink(accepted, 'Anfrage von Bündnis für Familie Nörten-Hardenberg öffnen');
    const declined = offerDeclinedMail({ ...facts, reason: 'Im Mai im Urlaub' });
    expect(declined.subject).toBe('Absage von Mara Mentorin: Bündnis für Familie Nörten-Hardenberg');
    expect(declined.text).toContain('Begründung: Im Mai im Urlaub');
  });

  it('asks for a report review, returns a report with the comment, and asks the coordinator for feedback', () => {
    const facts = { recipientName: 'Frau Fach', allianceName: 'Bündnis Haldensleben', deploymentType: 'Gründungsbegleitung', mentorNames: ['Mara Mentorin', 'Tom Tandem'], url: URL };
    const submitted = reportSubmittedMail(facts);
    expect(submitted.subject).toBe('Bericht zur Prüfung: Bündnis Haldensleben');
    expect(submitted.text).toContain('Mara Mentorin und Tom Tandem hat den Bericht');
    expectMeaningfulLink(submitted, 'Bericht zum Einsatz bei Bündnis Haldensleben prüfen');

    const returned = reportReturnedMail({ ...facts, comment: 'Bitte Ergebnisse <ergänzen>' });
    expect(returned.text).toContain('Kommentar: Bitte Ergebnisse <ergänzen>');
    expect(returned.html).toContain('Bitte Ergebnisse &lt;ergänzen&gt;');

    const feedback = feedbackRequestMail({ ...facts, lastSessionOn: '2025-05-27' });
    expect(feedback.subject).toBe('Ihre Rückmeldung zum Mentoring-Einsatz „Gründungsbegleitung“');
    expect(feedback.text).toContain('Letzter Termin: 27.05.2025');
    expectMeaningfulLink(feedback, 'Rückmeldung zum Einsatz geben');
  });

  it('announces a new request', () => {
    const mail = requestReceivedMail({ recipientName: null, allianceName: 'Bündnis X', occasion: 'Gründung', receivedOn: '2025-03-10', url: URL });
    expect(mail.text.startsWith('Guten Tag,\n\nDas Bündnis Bündnis X hat eine Anfrage „Gründung“ gestellt.')).toBe(true);
    expect(mail.text).toContain('Eingegangen am: 10.03.2025');
  });
});

describe('reminder mails', () => {
  it('word the three overdue cases', () => {
    const request = requestReminderMail({ recipientName: 'Frau Fach', allianceName: 'Bündnis X', occasion: 'Gründung', receivedOn: '2025-03-10', url: URL });
    expect(request.subject).toBe('Erinnerung: Anfrage von Bündnis X noch nicht bestätigt');
    expect(request.text).toContain('vom 10.03.2025 ist seit mehr als 2 Werktagen unbestätigt');
    const offer = offerReminderMail({ recipientName: 'Mara', occasion: 'Gründung', landName: 'Sachsen-Anhalt', offeredOn: '2025-03-03', url: URL });
    expect(offer.text).toContain('(Sachsen-Anhalt) vom 03.03.2025 ist seit mehr als 5 Werktagen unbeantwortet');
    expect(offer.text).not.toContain('Bündnis X');
    const report = reportReminderMail({ recipientName: 'Mara', allianceName: 'Bündnis X', deploymentType: 'Moderation', lastSessionOn: '2025-02-01', url: URL });
    expect(report.text).toContain('war am 01.02.2025');
    expectMeaningfulLink(report, 'Bericht zum Einsatz bei Bündnis X schreiben');
  });
});

describe('account mails', () => {
  it('invite with the link and its validity', () => {
    const mail = invitationMail({ recipientName: 'Kim Koordination', roleLabel: 'Bündniskoordination', url: 'https://bn.example.org/einladung/abc', expiresAt: new Date('2025-03-17T09:00:00Z') });
    expect(mail.subject).toBe('Einladung zu Bündnisnetz');
    expect(mail.text).toContain('(Rolle: Bündniskoordination)');
    expect(mail.text).toContain('Passwort festlegen und Einladung annehmen:\nhttps://bn.example.org/einladung/abc');
    expect(mail.text).toContain('Der Link gilt bis 17.03.2025 10:00 Uhr');
  });

  it('send a password-reset link', () => {
    const mail = passwordResetMail({ recipientName: 'Kim', url: 'https://bn.example.org/passwort-zuruecksetzen/abc', expiresAt: new Date('2025-03-11T09:00:00Z') });
    expect(mail.subject).toBe('Passwort für Bündnisnetz zurücksetzen');
    expectMeaningfulLink(mail, 'Neues Passwort festlegen');
    expect(mail.html).toContain('href="https://bn.example.org/passwort-zuruecksetzen/abc"');
  });
});
