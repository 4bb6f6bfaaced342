using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.Passes.DraftRelations;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// A toll that calls itself preliminary ("خلف التفجير قتيلين وأربعة جرحى كمعلومات أولية"، "ذكر الضابط حصيلة أولية
/// من ستة قتلى") was counted before all was known. Where the report tells a toll of the same attack in another
/// sentence (victims of the same outcome counted otherwise, in a province and on a day the preliminary one allows), that
/// telling is the final one, and the preliminary toll counts nothing, whether its counts are smaller or larger. A preliminary toll the
/// report tells alone ("خلفت قتيلا كحصيلة أولية") is the report's toll and stands.
/// (<see cref="EarlierTollRemoval"/> reads a toll named as earlier, "حصيلة سابقة", told right after the update.)
/// </summary>
internal sealed class PreliminaryTollRemoval(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var tokens = context.Report.Tokens;
        foreach (var preliminary in drafts.Where(d => !d.Dropped && d.Live.Any() && d.Live.All(IsVictimToll) && CallsItselfPreliminary(tokens, d.Clause)).ToList())
        {
            var final = drafts.FirstOrDefault(d => !d.Dropped && d != preliminary && d.Clause.Index != preliminary.Clause.Index
                && !CallsItselfPreliminary(tokens, d.Clause)
                && SameProvinceOrUnnamed(d, preliminary) && SameDayOrUnknown(d, preliminary)
                && CountsItOtherwise(d, preliminary));
            if (final is null)
            {
                continue;
            }
            preliminary.Figures.Clear();
            preliminary.Dropped = true;
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>
    /// The other telling counts an outcome of the preliminary toll's, of the same people, with another number, and none
    /// with the same: a toll told again with the same counts is one telling (<see cref="RepetitionRemoval"/> merges them,
    /// keeping what each knew), and a toll of other people (security men wounded by a roadside bomb, civilians by a car
    /// bomb told after it) is another attack's.
    /// </summary>
    private static bool CountsItOtherwise(OperationDraft other, OperationDraft preliminary)
    {
        var pairs = other.Live.Where(f => f.Kind == FigureKind.Casualty)
            .SelectMany(f => preliminary.Live.Where(p => p.SameMeasure(f) && MayBeTheSamePeople(p, f)).Select(p => (f.Count, Preliminary: p.Count))).ToList();
        return pairs.Count > 0 && pairs.All(x => x.Count != x.Preliminary);
    }

    private static bool SameDayOrUnknown(OperationDraft a, OperationDraft b) =>
        a.Date?.Date is null || b.Date?.Date is null || a.Date.Date == b.Date.Date;

    /// <summary>
    /// A toll noun right before a word that says preliminary, in the clause ("كمعلومات أولية"، "حصيلة أولية"). A page
    /// wrapped between the noun and its adjective ("كمعلومات" + line break + "أولية") still names one toll: the noun
    /// that ends the clause's line takes the adjective that opens the next.
    /// </summary>
    private bool CallsItselfPreliminary(Text.TokenList tokens, Sentence clause)
    {
        for (var k = clause.First; k <= clause.Last; k++)
        {
            if (!tokens[k].ReadsAsOneOf(lexicon.PreliminaryTollNouns))
            {
                continue;
            }
            var next = k + 1;
            if (k == clause.Last && next < tokens.Count && tokens[next].Text == "\n")
            {
                next++;
            }
            if (next < tokens.Count && (next <= clause.Last || k == clause.Last) && tokens[next].ReadsAsOneOf(lexicon.PreliminaryTollMarks))
            {
                return true;
            }
        }
        return false;
    }
}
