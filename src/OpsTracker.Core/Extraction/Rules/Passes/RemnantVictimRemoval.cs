using OpsTracker.Core.Extraction.Lexicon;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// Old ordnance ISIS left behind: "انفجرت عبوة من مخلفات داعش"، "قنبلة من مخلفات تنظيم داعش الإرهابي". The noun of
/// leftovers (lexicon remnantNouns) with ISIS's name after it makes ISIS the owner of the device, not the doer of an
/// attack: its explosion is an accident, and the people it kills or wounds are nobody's victims of an ISIS attack,
/// as those of "مخلفات الحرب" are (UnattributedVictims). A victim leaves its operation when its sentence tells such a
/// remnant, or tells an explosion or refers to an event ("بانفجار عبوة"، "الحادث") with no attack of its own while the
/// head or a sentence next to it tells the remnant; and in either case the sentence names ISIS or terrorists only
/// as the remnant's owner. The victims join <see cref="ReportText.UnattributedVictims"/>, so that a headline's
/// telling of them goes too. Input: the drafts as read; output: the drafts still counting something.
/// </summary>
internal sealed class RemnantVictimRemoval(ExtractionLexicon lexicon) : IDraftPass
{
    /// <summary>
    /// How many words after the noun of leftovers ISIS's name may end and still be its owner ("مخلفات تنظيم «داعش»
    /// الإرهابي": the organisation word and a quotation mark between).
    /// </summary>
    private const int RemnantOwnerReach = 3;

    /// <summary>How many words after the owner's name its adjective may end: a closing quotation mark, then "الإرهابي".</summary>
    private const int OwnerAdjectiveReach = 2;

    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        if (!MayTellARemnant(report))
        {
            return drafts;
        }
        return DraftPass.UnattributeVictims(report, drafts, f => VictimOfARemnant(report, f.Sentence));
    }

    /// <summary>The cheap test first: most reports name no leftovers at all.</summary>
    private bool MayTellARemnant(ReportText report)
    {
        foreach (var s in report.Sentences)
        {
            if (report.Has(lexicon.RemnantNouns, s))
            {
                return true;
            }
        }
        return false;
    }

    private bool VictimOfARemnant(ReportText report, int index)
    {
        var sentence = report.Sentences[index];
        var (remnant, otherDoer) = Remnant(report, sentence);
        if (otherDoer)
        {
            return false;
        }
        if (remnant)
        {
            return true;
        }
        if (report.Has(lexicon.AttackNouns, sentence)
            || !(report.Has(lexicon.ExplosionWords, sentence) || report.Has(lexicon.AttackMeans, sentence) || report.Has(lexicon.EventReferences, sentence)))
        {
            return false;
        }
        for (var i = 0; i < report.Sentences.Count; i++)
        {
            if (i != index && (i <= report.Layout.HeadLast || Math.Abs(i - index) <= AttributionNeighbours) && Remnant(report, report.Sentences[i]) is (true, false))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the sentence tells a remnant of ISIS's ("من مخلفات داعش"), and whether it names ISIS or terrorists
    /// anywhere else (as a doer, then).
    /// </summary>
    private (bool Remnant, bool OtherDoer) Remnant(ReportText report, Sentence s)
    {
        var tokens = report.Tokens;
        var remnant = false;
        var ownerUntil = -1;
        for (var j = s.First; j <= s.Last; j++)
        {
            if (lexicon.RemnantNouns.MatchAt(tokens, j) is { } noun)
            {
                ownerUntil = noun.Last + RemnantOwnerReach;
                continue;
            }
            if (lexicon.AttackAttributors.MatchAt(tokens, j) is not { } name)
            {
                continue;
            }
            if (j > ownerUntil)
            {
                return (remnant, true);
            }
            remnant = true;
            // "من مخلفات تنظيم «داعش» الإرهابي": the owner's adjective after its name is the owner still.
            ownerUntil = Math.Max(ownerUntil, name.Last + OwnerAdjectiveReach);
            j = name.Last;
        }
        return (remnant, false);
    }
}
