// A refusal with its reasons, the same wherever a file or an import is turned away (settings,
// history, stretch files): a heading, then one line per reason. The lines are the person's file
// described in words, so they are only ever text.
interface Props {
  title: string;
  lines: readonly string[];
  /** Names the report for tests and styles (`data-report`). */
  report?: string;
}

export function ProblemList({ title, lines, report }: Props) {
  return (
    <div class="problems" role="alert" data-report={report}>
      <p>
        <strong>{title}</strong>
      </p>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
