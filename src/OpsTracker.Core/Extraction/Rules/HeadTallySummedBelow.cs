namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "أعلنت السلطات أمس قتل 21 مسلحا في أربعة هجمات" over 11, 6, 3 and 1 told below; "العراق يعلن القبض على 10 عناصر في
/// مناطق متفرقة" over 2, 3 and 5: a count in the report's head (headline and lead) that names no period, which the first
/// reading took for a statement's tally, is the lead of a bulletin when the body tells it again in parts. Document
/// structure: a summary, then its events. Every count the head tally gives of ISIS members or hideouts must be the sum of
/// at least two smaller counts of its field told after it (as operations, or as tallies the reading joined to it), and a
/// count of the events it names beside them ("في أربعة هجمات") the number of those parts. The sentences of the head
/// tally, of its retellings (the same field and count) and of the parts read as tallies are then read again as
/// operations, where the passes find the lead's total (HeadlineTotalRemoval). Holds nothing.
/// </summary>
internal static class HeadTallySummedBelow
{
    /// <summary>The sentences no tally is to be read in, or null when no head tally is summed below.</summary>
    public static HashSet<int>? Sentences(ReportText report, SentenceReading reading)
    {
        HashSet<int>? barred = null;
        foreach (var head in reading.Tallies)
        {
            if (head.Sentence.Index > report.Layout.HeadLast || head.PeriodStart is not null || head.PeriodEnd is not null)
            {
                continue;
            }
            var measured = head.Figures.Where(f => TallyFigures.FieldOf(f) is TallyFigures.Killed or TallyFigures.Arrested or TallyFigures.HideoutsDestroyed).ToList();
            var events = head.Figures.Where(f => TallyFigures.FieldOf(f) is TallyFigures.Operations or TallyFigures.IsisAttacks).ToList();
            if (measured.Count == 0)
            {
                continue;
            }
            var sentences = new HashSet<int> { head.Sentence.Index };
            var summed = true;
            foreach (var total in measured)
            {
                var field = TallyFigures.FieldOf(total);
                var retold = reading.Tallies.Where(t => t != head && t.Figures.Any(f => TallyFigures.FieldOf(f) == field && f.Count == total.Count)).ToList();
                var tallyParts = reading.Tallies.Where(t => t != head && !retold.Contains(t) && t.Sentence.Index > head.Sentence.Index)
                    .SelectMany(t => t.Figures.Where(f => TallyFigures.FieldOf(f) == field).Select(f => (Figure: f, Sentence: t.Sentence.Index))).ToList();
                var parts = reading.Operations.SelectMany(d => d.Figures).Where(f => TallyFigures.FieldOf(f) == field && f.Sentence > head.Sentence.Index && !f.Breakdown)
                    .Select(f => f.Count).Concat(tallyParts.Select(p => p.Figure.Count)).ToList();
                if (parts.Count < 2 || parts.Any(c => c >= total.Count) || parts.Sum() != total.Count || events.Any(e => e.Count != parts.Count))
                {
                    summed = false;
                    break;
                }
                sentences.UnionWith(retold.Select(t => t.Sentence.Index));
                sentences.UnionWith(tallyParts.Select(p => p.Sentence));
            }
            if (summed)
            {
                (barred ??= []).UnionWith(sentences);
            }
        }
        return barred;
    }
}
