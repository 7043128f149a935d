// A refusal with its reasons, the same wherever input is turned away (a settings or stretch file,
// the parts of an organisation's policy): a heading, then one line per reason. The lines are the person's file
// described in words, so they are only ever text.
interface Props {
  title: string;
  lines: readonly string[];
  /** Names the report for tests and styles (`data-report`). */
  report?: string;
  /** `status` for what is found when the page opens, which should not interrupt a screen reader. */
  role?: 'alert' | 'status';
}

export function ProblemList({ title, lines, report, role = 'alert' }: Props) {
  return (
    <div class="problems" role={role} data-report={report}>
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
