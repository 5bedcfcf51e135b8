import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { MentorFeedbackSummaryDto } from '@bn/shared/contracts';
import { MentorFeedbackSummaryCard } from './mentor-feedback-summary-card';

describe('MentorFeedbackSummaryCard', () => {
  let http: HttpTestingController;

  async function render(answer: MentorFeedbackSummaryDto): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(MentorFeedbackSummaryCard);
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toContain('Rückmeldungen werden geladen');
    http.expectOne('/api/mentors/me/feedback-summary').flush(answer);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => http.verify());

  it('says that fewer than three answers are not shown', async () => {
    const element = await render({
      answers: 2,
      minimumAnswers: 3,
      isAvailable: false,
      satisfactionAverage: null,
      usefulnessAverage: null,
      goalReached: null,
      wouldRecommendShare: null,
    });
    expect(element.querySelector('h2')?.textContent).toBe('Meine Rückmeldungen');
    expect(element.textContent).toContain('Noch weniger als 3 Rückmeldungen');
    expect(element.textContent).not.toContain('im Mittel');
  });

  it('shows the aggregated figures from three answers on, in German number format', async () => {
    const element = await render({
      answers: 4,
      minimumAnswers: 3,
      isAvailable: true,
      satisfactionAverage: 4.25,
      usefulnessAverage: 3.5,
      goalReached: { JA: 2, TEILWEISE: 1, NEIN: 1 },
      wouldRecommendShare: 0.75,
    });
    expect(element.textContent).toContain('Aus 4 Rückmeldungen');
    expect(element.textContent).toMatch(/Zufriedenheit im Mittel 4[.,]3 von 5/);
    expect(element.textContent).toContain('Ziel erreicht: 2 × ja, 1 × teilweise, 1 × nein');
    expect(element.textContent).toMatch(/Würden weiterempfehlen: 75\s?%/);
  });
});
