/**
 * What happens next, for the receipt of an application sent through
 * FIT-Connect, in the application's language (German unless English was
 * asked for). Plain text, one step per entry.
 */
export interface NextStepFacts {
  language: string;
  authorityName: string | undefined;
  /** Whether the receipt carries a PIN for the status lookup. */
  withPin: boolean;
  /** Where the authority may answer electronically, when the citizen chose it. */
  replyAddress: string | undefined;
}

export function nextSteps({ language, authorityName, withPin, replyAddress }: NextStepFacts): string[] {
  const english = language.toLowerCase().split('-')[0] === 'en';
  const steps: string[] = [];
  if (english) {
    steps.push(
      authorityName
        ? `Your application was sent encrypted to ${authorityName}. Only they can read it.`
        : 'Your application was sent encrypted to the responsible authority. Only they can read it.',
    );
    if (withPin) steps.push('Keep the case number and the PIN: with both you can see where your application stands.');
    steps.push(replyAddress ? `The authority will contact you at ${replyAddress} or by post.` : 'The authority will contact you by post.');
  } else {
    steps.push(
      authorityName
        ? `Ihr Antrag wurde verschlüsselt an ${authorityName} übermittelt. Nur die Behörde kann ihn lesen.`
        : 'Ihr Antrag wurde verschlüsselt an die zuständige Behörde übermittelt. Nur die Behörde kann ihn lesen.',
    );
    if (withPin) steps.push('Bewahren Sie Vorgangsnummer und PIN auf: Damit sehen Sie, wo Ihr Antrag steht.');
    steps.push(replyAddress ? `Die Behörde meldet sich bei Ihnen unter ${replyAddress} oder per Post.` : 'Die Behörde meldet sich bei Ihnen per Post.');
  }
  return steps;
}
