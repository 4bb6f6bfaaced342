using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// An arrest word that carries the lam of purpose (لام التعليل) tells what a move was for, not what it did: "توجهت
/// القوة إلى القرية لاعتقال مطلوب"، "نفذت إنزالا جويا للقبض على قيادي"، "تبحث عن مرافقيه تمهيدا لاعتقالهم"، "خرجت
/// الدورية لتعتقل متهما". News Arabic tells the arrest itself with the verb or its verbal noun as the object of a
/// verb of telling or of success ("أعلنت اعتقال"، "تمكنت من اعتقال"، "أسفرت عن اعتقال"), never behind "لـ": the
/// people counted after it were the aim of the move, and no figure of arrests. A lam after a verb of leading-to
/// ("أدت لاعتقال"، "قادت للقبض على"; lexicon resultVerbs and arrestLeadingVerbs) is the result's, not the aim's, and
/// the arrest stands.
/// Input: the drafts standing. Output: the same drafts without the arrests counted after a purpose lam; a draft left
/// with no figure is dropped (a raid or a strike told in the same report stands on its own telling).
/// </summary>
internal sealed class AimedArrestRemoval(ExtractionLexicon lexicon) : IDraftPass
{
    /// <summary>
    /// How many tokens before the people their arrest word may stand: the figure finder's trigger reach (five words)
    /// and a date or a qualifier of two more between ("لاعتقال ثلاثة من عناصر"، "للقبض أمس على متهم").
    /// </summary>
    private const int AimedArrestWordReach = 7;

    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        foreach (var d in drafts)
        {
            // The cheap test first: most drafts count no arrest.
            if (d.Dropped || !d.Figures.Exists(f => f is { Kind: FigureKind.Casualty, Category: CasualtyCategory.Arrested }))
            {
                continue;
            }
            if (d.Figures.RemoveAll(f => f is { Kind: FigureKind.Casualty, Category: CasualtyCategory.Arrested } && Aimed(report, f)) > 0 && d.Figures.Count == 0)
            {
                d.Dropped = true;
            }
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>The nearest arrest word before the people carries the purpose lam, and no verb of leading-to stands right before it.</summary>
    private bool Aimed(ReportText report, Figure arrested)
    {
        var tokens = report.Tokens;
        var s = report.Sentences[arrested.Sentence];
        var floor = Math.Max(s.First, arrested.First - AimedArrestWordReach);
        // A count's span starts at its number; a singular read as one ("لاعتقال مطلوب") may start at its arrest word.
        for (var j = arrested.Last; j >= floor; j--)
        {
            if (tokens[j].IsSentenceBreak)
            {
                return false;
            }
            if (lexicon.CasualtyTriggers.MatchAt(tokens, j) is not { Value: CasualtyCategory.Arrested } trigger)
            {
                continue;
            }
            // "لإلقاء القبض على": the phrase that begins the earliest, not the "القبض على" inside it.
            while (j - 1 >= floor && lexicon.CasualtyTriggers.MatchAt(tokens, j - 1) is { Value: CasualtyCategory.Arrested } longer && longer.Last >= trigger.Last)
            {
                j--;
            }
            return PurposeLam(tokens[j].Text) && !(j > s.First && LeadsTo(tokens[j - 1].Text));
        }
        return false;
    }

    /// <summary>
    /// "لاعتقال"، "للقبض"، "لإلقاء"، "لتعتقل"، "ولاعتقال": the word opens with the preposition ل (after و or ف), which no
    /// arrest word's own letters begin with (lexicon triggers.arrested).
    /// </summary>
    private static bool PurposeLam(string word)
    {
        var at = word.Length > 1 && word[0] is 'و' or 'ف' ? 1 : 0;
        return word.Length - at > MinimumStemAfterLam && word[at] == 'ل';
    }

    /// <summary>Letters the arrest word keeps after the lam: "لقبض" is no lam and a word of two letters.</summary>
    private const int MinimumStemAfterLam = 3;

    private bool LeadsTo(string word) => lexicon.ResultVerbs.Contains(word) || lexicon.ArrestLeadingVerbs.Contains(word);
}
