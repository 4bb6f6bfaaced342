namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// A toll told as one count of the dead and the wounded together ("أسفر عن مقتل وإصابة N"، "سقط العشرات بين قتيل
/// وجريح"، "أوقع N قتيلا وجريحا") or as a quantity that is no count ("مقتل العشرات"، "قتل عدد من"): FigureFinder reads
/// no figure of either outcome in it, but the clause still tells that an event with victims happened where it names. It is an operation told without figures, as a launch or a
/// liberation is, placed by its clause's place, a province named as where included.
/// </summary>
internal sealed partial class FigurelessOperations
{
    /// <summary>
    /// The rule of an operation told by a joint toll alone. The toll is a total the text may break down elsewhere
    /// (<c>TwoOutcomeCounts.IsCombinedCount</c>): where the report counts an operation in the same province, that one
    /// tells the event, and the joint toll adds none.
    /// </summary>
    public const string JointTollRule = "figureless-joint-toll";

    /// <summary>
    /// Whether the clause holds a verb or verbal noun of killing or wounding followed by a vague quantity (NumberReader's
    /// vague words: العشرات، عدد، مئات), or two nouns or verbs of different outcomes joined by و with nothing between them, the
    /// second without a count of its own: "مقتل وإصابة"، "قتل وجرح"، "قتيل وجريح"، "القتلى والجرحى". A second outcome
    /// with its own count ("مقتل 3 وإصابة 5") is two figures, not a joint toll. The clause's casualty words are few:
    /// the report's memo answers first whether it holds any.
    /// </summary>
    private bool TellsAJointToll(ReportText report, Sentence clause)
    {
        if (!report.Has(lexicon.CasualtyTriggers, clause) && !report.Has(lexicon.CategoryNouns, clause))
        {
            return false;
        }
        var tokens = report.Tokens;
        for (var i = clause.First; i < clause.Last; i++)
        {
            var trigger = lexicon.CasualtyTriggers.MatchAt(tokens, i);
            var first = trigger ?? lexicon.CategoryNouns.MatchAt(tokens, i);
            if (first is null || first.Value == Domain.CasualtyCategory.Arrested)
            {
                continue;
            }
            var next = first.Last + 1;
            // "مقتل العشرات من عناصر التنظيم"، "قتل عدد من المسلحين": a quantity that is no count is a toll of no figure.
            if (trigger is not null && next <= clause.Last && Numbers.NumberReader.Default.IsVague(tokens[next]))
            {
                return true;
            }
            if (next <= clause.Last && tokens[next].Text == Text.Particles.Wa)
            {
                next++;
            }
            if (next > clause.Last || !Coordination.JoinedRightAfter(tokens, first.Last, next))
            {
                continue;
            }
            var second = lexicon.CasualtyTriggers.MatchAt(tokens, next) ?? lexicon.CategoryNouns.MatchAt(tokens, next);
            if (second is null || second.Value == first.Value || second.Value == Domain.CasualtyCategory.Arrested)
            {
                continue;
            }
            // "500 عنصر قتلوا وأصيب نحو 300": a plural verb agrees with people counted before it and closes their
            // figure; the singular verb after it opens a second count. "قتلوا وأصيبوا" agree both with one group.
            if (first.First == first.Last && tokens[first.First].Text.EndsWith("وا", StringComparison.Ordinal)
                && !tokens[second.Last].Text.EndsWith("وا", StringComparison.Ordinal))
            {
                continue;
            }
            return true;
        }
        return false;
    }
}
