using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// A headline or a lead tells an arrest in a few words ("اعتقال 4 متهمين في البصرة"، "القبض على 13 عنصرا من
/// داعش"), and the body tells it again with what it was: a tribal feud, a family quarrel, an arrest by another
/// state's forces abroad. The body's telling was left out (<see cref="ReportText.ArrestsNotOurs"/>: its sentence names crime,
/// or it lies abroad), and the other telling of it, the same count of people named by the same noun ("4 متهمين" and
/// "أربعة متهمين"، "ومتهم" and "المتهم"), told in the head and again in the body below it, is no arrest of ours either;
/// so is the body's telling, in words that name no side, of an arrest the head told as not ours.
/// The same count of a different noun is another arrest, and so is the same count in two items of the body.
/// Input: the drafts standing. Output: the drafts standing, without those arrests; a draft left counting nothing is
/// dropped.
/// </summary>
internal sealed class NotOursArrestRepetitionRemoval : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        if (report.ArrestsNotOurs.Count == 0)
        {
            return drafts;
        }
        var tokens = report.Tokens;
        var headLast = report.Layout.HeadLast;
        foreach (var d in drafts.Where(d => !d.Dropped))
        {
            // The arrest is the head's and the body tells it again below: two items of a body (a roundup's drug
            // arrest and its ISIS financier, "متهم" both) are two arrests.
            var removed = d.Figures.RemoveAll(f => f is { Kind: FigureKind.Casualty, Category: Domain.CasualtyCategory.Arrested }
                && f.Sentence <= headLast
                && report.ArrestsNotOurs.Any(u => u.Sentence > f.Sentence && u.Count == f.Count && SameNoun(tokens[u.Last], tokens[f.Last])));
            // The other order: the head told what the arrest was ("القبض على ثلاثة متهمين بتهريب المخدرات") and the
            // body tells it again in words that name no side ("أسفر عن القبض على ثلاثة متهمين بالجرم المشهود").
            removed += d.Figures.RemoveAll(f => f is { Kind: FigureKind.Casualty, Category: Domain.CasualtyCategory.Arrested }
                && f.Sentence > headLast && !NamesIsisOrTerror(report, report.Sentences[f.Sentence])
                && report.ArrestsNotOurs.Any(u => u.Sentence <= headLast && u.Count == f.Count && SameNoun(tokens[u.Last], tokens[f.Last])));
            if (removed > 0 && d.Figures.Count == 0)
            {
                d.Dropped = true;
            }
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>The sentence names ISIS or a charge of terrorism (lexicon isisOrgs, terrorCharges).</summary>
    private static bool NamesIsisOrTerror(ReportText report, Sentence s) =>
        report.Has(report.Lexicon.IsisOrgs, s) || report.Has(report.Lexicon.TerrorCharges, s);

    /// <summary>The two words are one noun, whatever proclitic (و، ب، ال) or accusative ending (-ا) each carries.</summary>
    private static bool SameNoun(Token a, Token b) =>
        a.IsWord && b.IsWord && a.Readings.Select(Bare).Intersect(b.Readings.Select(Bare), StringComparer.Ordinal).Any();

    private static string Bare(string reading) =>
        reading.Length > AccusativeStemMinimum && reading[^1] == 'ا' ? reading[..^1] : reading;

    /// <summary>The shortest stem whose final alif is read as the accusative ending: "عنصرا" -> "عنصر", not "ما".</summary>
    private const int AccusativeStemMinimum = 3;
}
