using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// An arrest told as what describes its people, not as what happened: a relative clause on the arrested ("عنصرا داعش
/// اللذان جرى القبض عليهما"، "المتهم الذي تم اعتقاله") or a definite passive participle of the arrest before its
/// preposition ("الإرهابي الملقى القبض عليه"، "المقبوض عليهم"). Arabic makes a noun so described definite: the clause
/// picks out people the reader already knows as arrested, so it retells an arrest the report counted before, and
/// says more of them (their charges, their confession), never a new count. Only when a sentence before it in the
/// report counted an arrest; a first telling so worded stands.
/// Input: the drafts standing. Output: the drafts standing, without those arrests; a draft left counting nothing is
/// dropped.
/// </summary>
internal sealed class DescribedArrestRemoval(ExtractionLexicon lexicon) : IDraftPass
{
    /// <summary>
    /// How many words from the counted people their arrest word may stand, before them ("القبض عليه") or after them in
    /// the clause that describes them ("عنصرا داعش اللذان جرى القبض عليهما": noun, its owner, pronoun, auxiliary).
    /// </summary>
    private const int DescribingArrestReach = 5;

    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        foreach (var d in drafts)
        {
            if (d.Dropped || !d.Figures.Exists(f => f.IsArrest))
            {
                continue;
            }
            if (d.Figures.RemoveAll(f => f.IsArrest && ArrestedBefore(drafts, f.Sentence) && Described(report, f)) > 0 && d.Figures.Count == 0)
            {
                d.Dropped = true;
            }
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>A draft still standing counts an arrest in a sentence before <paramref name="sentence"/>.</summary>
    private static bool ArrestedBefore(IReadOnlyList<OperationDraft> drafts, int sentence)
    {
        foreach (var d in drafts)
        {
            if (!d.Dropped && d.Figures.Exists(f => f.IsArrest && f.Sentence < sentence))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The arrest word nearest the people (before them first, as a trigger stands, and then only as the word that
    /// carries them as its pronoun; else after them) opens a description of them: a relative pronoun right before it, or before the auxiliary "تم"/"جرى" (lexicon
    /// occurrenceVerbs) before it, or a passive participle of the arrest (lexicon arrestedParticiples), before it or as the arrest word itself
    /// ("لأحد الإرهابيين المقبوض عليهم").
    /// </summary>
    private bool Described(ReportText report, Figure arrested)
    {
        var tokens = report.Tokens;
        var s = report.Sentences[arrested.Sentence];
        // "أحد الإرهابيين المقبوض عليهم": the participle right after the people is their adjective, whatever verb stands before.
        if (arrested.Last + 1 <= s.Last && tokens[arrested.Last + 1].ReadsAsOneOf(lexicon.ArrestedParticiples))
        {
            return true;
        }
        var before = ArrestWordBetween(tokens, arrested.Last, Math.Max(s.First, arrested.First - DescribingArrestReach), -1);
        // A clause describes the noun before it: an arrest word before the people describes them only when the people
        // are its own pronoun ("الملقى القبض عليه"); "العملية التي أطيح فيها بعنصر" describes the operation, and the
        // man after it is a new one.
        if (before is { } b && !(arrested.Last == b + 1 && CarriesThePronoun(tokens[b + 1])))
        {
            return false;
        }
        var word = before ?? ArrestWordBetween(tokens, arrested.Last + 1, Math.Min(s.Last, arrested.Last + DescribingArrestReach), 1);
        if (word is not { } j || j - 1 < s.First)
        {
            return false;
        }
        if (tokens[j].ReadsAsOneOf(lexicon.ArrestedParticiples) || tokens[j - 1].ReadsAsOneOf(lexicon.ArrestedParticiples)
            || tokens[j - 1].ReadsAsOneOf(lexicon.RelativePronouns))
        {
            return true;
        }
        return j - 2 >= s.First && lexicon.OccurrenceVerbs.MatchAt(tokens, j - 1) is { } auxiliary && auxiliary.Last == j - 1
            && tokens[j - 2].ReadsAsOneOf(lexicon.RelativePronouns);
    }

    /// <summary>"عليه"، "عليهما": the preposition of the arrest with the pronoun of the arrested (lexicon arrestedByPrepositionPronoun).</summary>
    private bool CarriesThePronoun(Token t) => lexicon.PrepositionWithHim.Contains(t.Text) || lexicon.PrepositionWithThemTwo.Contains(t.Text);

    /// <summary>The first arrest word (a trigger of arrest, the head "القبض", or a participle "المقبوض") met going from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private int? ArrestWordBetween(TokenList tokens, int from, int to, int step)
    {
        for (var j = from; step < 0 ? j >= to : j <= to; j += step)
        {
            if (tokens[j].IsSentenceBreak)
            {
                return null;
            }
            // "لأحد الإرهابيين المقبوض عليهم": the participle is the arrest word itself.
            if (tokens[j].ReadsAsOneOf(lexicon.ArrestHeadsWithPreposition) || tokens[j].ReadsAsOneOf(lexicon.ArrestedParticiples))
            {
                return j;
            }
            if (lexicon.CasualtyTriggers.MatchAt(tokens, j) is { Value: CasualtyCategory.Arrested } trigger)
            {
                // "إلقاء القبض عليهما": the phrase's head word, as the figure finder reads it.
                for (var k = j; k <= trigger.Last; k++)
                {
                    if (tokens[k].ReadsAsOneOf(lexicon.ArrestHeadsWithPreposition))
                    {
                        return k;
                    }
                }
                return j;
            }
        }
        return null;
    }
}
