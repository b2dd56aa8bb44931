/** What the ranking shows before the first customer: what will appear here, and how to start. */

/** The empty state of the ranking: three steps to a ranked, compared list (the criteria are listed under "How the score works"). */
export default function EmptyRanking() {
  return (
    <div class="empty-ranking">
      <p class="empty-ranking-lead">No customers yet. Add your first one above, by name: a company or an account you serve.</p>
      <ol class="empty-ranking-steps">
        <li>Rate it on six criteria, from 0 (worst) to 4 (best). The score and verdict update as you go.</li>
        <li>Add a few more. Each gets a row here, ranked by score, with a bar to compare at a glance.</li>
        <li>A heatmap then shows every customer on every criterion, so look-alikes and weak spots stand out.</li>
      </ol>
    </div>
  );
}
