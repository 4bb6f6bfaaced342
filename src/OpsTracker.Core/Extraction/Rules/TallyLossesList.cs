namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "كشف القائد مجمل خسائر التنظيم في معركة المدينة، وهي: ..."، "وعرض تقرير عسكري خسائر العدو على الأرض كما يلي": a
/// statement that announces the enemy's losses as one whole (the noun "خسائر" in construct with a noun of totalling, "مجمل"، "مجموع"، "حصيلة"; or with a cataphoric introducer of what follows, "كما يلي"، "بالأرقام") makes the
/// sentences after it the items of that whole. Each item ("ودمرت القطعات أيضا 47 نفقا") counts the losses of the
/// same battle or period, however far down the list it stands, not an operation of its own, as long as it names no day
/// of its own and no place outside the statement's province (lexicon lossesEnumeration). Holds only the lexicon: safe to share.
/// </summary>
internal sealed class TallyLossesList(Lexicon.ExtractionLexicon lexicon)
{
    /// <summary>The sentence, or one of the <see cref="AssemblerLimits.AnnouncedFiguresReach"/> before it, announces the losses as a whole to be listed.</summary>
    public bool AnnouncedAtOrBefore(ReportText report, int sentence)
    {
        for (var i = Math.Max(0, sentence - AssemblerLimits.AnnouncedFiguresReach); i <= sentence; i++)
        {
            if (Announces(report, report.Sentences[i]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"مجمل خسائر داعش"، "حصيلة الخسائر" (a totaller right before the noun of losses), or "خسائر" with "كما يلي"/"بالأرقام" in the same sentence.</summary>
    /// <remarks>Read once a sentence and kept on the report (<see cref="ReportText.LossesAnnounced"/>): a sentence is asked for itself and for the sentences after it.</remarks>
    public bool Announces(ReportText report, Sentence sentence)
    {
        if ((uint)sentence.Index >= (uint)report.Sentences.Count || !ReferenceEquals(report.Sentences[sentence.Index], sentence))
        {
            return ReadAnnounces(report, sentence);
        }
        var kept = report.LossesAnnounced;
        if (kept[sentence.Index] == 0)
        {
            kept[sentence.Index] = ReadAnnounces(report, sentence) ? (byte)2 : (byte)1;
        }
        return kept[sentence.Index] == 2;
    }

    /// <remarks>
    /// The noun of losses first, over the whole sentence: most sentences have none, and are not asked for an introducer
    /// at every word (two set look-ups per reading of each word).
    /// </remarks>
    private bool ReadAnnounces(ReportText report, Sentence sentence)
    {
        if (!report.MayHoldList(lexicon.LossesNounsList, sentence))
        {
            // No word of the sentence may read as a noun of losses (ExtractionLexicon.LossesNounsList): the first walk
            // below would find none and answer false. Nearly every sentence of a report is asked this, for itself and
            // for the sentences after it.
            return false;
        }
        var tokens = report.Tokens;
        var losses = false;
        for (var i = sentence.First; i <= sentence.Last; i++)
        {
            if (tokens[i].ReadsAsOneOfBareOrDefinite(lexicon.LossesNouns))
            {
                if (i > sentence.First && tokens[i - 1].ReadsAsOneOfBareOrDefinite(lexicon.LossesTotallers))
                {
                    return true;
                }
                losses = true;
            }
        }
        if (!losses)
        {
            return false;
        }
        for (var i = sentence.First; i <= sentence.Last; i++)
        {
            if (tokens[i].ReadsAsOneOfBareOrDefinite(lexicon.LossesIntroducers))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "كشف القائد ..."، "وتظهر الوثيقة ...": a verb of announcing or disclosing makes the sentence a statement; "حققت
    /// القوات، بإسناد من طيران التحالف، نتائج في حصيلة الخسائر" names its supporter, no announcer.
    /// </summary>
    public bool IsAStatement(ReportText report, Sentence sentence)
    {
        if (report.Has(lexicon.AnnouncementVerbs, sentence))
        {
            return true;
        }
        for (var i = sentence.First; i <= sentence.Last; i++)
        {
            if (report.Tokens[i].ReadsAsOneOfBareOrDefinite(lexicon.LossesDisclosures))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A sentence placed only where the statement's losses were (a province of its scope, or one the statement named
    /// announcing them: "في عمليات تحرير الموصل"; or no province at all) goes on with the list; a place of another
    /// province tells something else.
    /// </summary>
    public static bool PlacedInScope(ReportText report, Sentence sentence, TallyDraft tally)
    {
        var named = report.SentencesBetween(Math.Max(0, tally.Sentence.Index - AssemblerLimits.AnnouncedFiguresReach), tally.Sentence.Index)
            .SelectMany(report.PlaceReadings.PlacesIn).Where(p => !report.PlaceDirections.IsDirectionOnly(p)).Select(p => p.Entry.ProvinceCode).ToHashSet();
        return report.PlaceReadings.PlacesIn(sentence).Where(p => !report.PlaceDirections.IsDirectionOnly(p))
            .All(p => p.Entry.ProvinceCode is { } code && (tally.Scope.Contains(code) || named.Contains(code)));
    }
}
