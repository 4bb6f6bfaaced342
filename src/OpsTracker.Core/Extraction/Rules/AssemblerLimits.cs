namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Every threshold and window of the report assembler (the tally reader, the operation describer, the clause
/// splitter and the merging passes), in one place. Windows counted in sentences compare sentence indexes; in tokens,
/// token indexes; in characters, offsets in the normalised text. Values were set on the tuning split of the dev set
/// (docs/extraction.md); changing one changes the extractor's output.
/// </summary>
internal static class AssemblerLimits
{
    // ---- words ----------------------------------------------------------------------------------------------------

    /// <summary>
    /// The fewest letters of a definite dual or plural noun before a numeral that is also a weekday ("الإرهابيين
    /// الاثنين"): the article, two letters of stem and the ending. Shorter words are no such noun.
    /// </summary>
    public const int NumeralNounMinLetters = 6;

    /// <summary>
    /// How many words after an indefinite noun in -ين a count of "others" may end the clause's next outcome and still
    /// make the noun a dual ("مقتل إرهابيين والقبض على 6 آخرين": the conjoined trigger, its preposition and the count;
    /// SingularFigures.DualBeforeOthers).
    /// </summary>
    public const int DualBeforeOthersReach = 5;

    /// <summary>
    /// How many tokens an alias in brackets after an ISIS name may run to its closing bracket ('تنظيم "الدولة الإسلامية"
    /// (داعش)'): the alias, its quotation marks and the bracket (OrganisationNames.AfterIsisName).
    /// </summary>
    public const int OrganisationAliasReach = 4;

    /// <summary>
    /// How many words after a border word (lexicon borderCues) a foreign name stands in the border's phrase ("وراء
    /// الحدود العراقية السورية", "الحدود مع سوريا"): there it says where Iraq's side ends, not that the
    /// operation was abroad (BystanderNames.NamesAForeignScope).
    /// </summary>
    public const int ForeignNameAfterBorderWords = 4;

    /// <summary>
    /// How many tokens after a definite -ين noun a dual pronoun ("أهدافهما", "هما") may stand and still make the noun
    /// the dual rather than the plural it looks like (SingularFigures.IsDefinitePluralLookalike).
    /// </summary>
    public const int DualAgreementReach = 4;

    /// <summary>
    /// How many words after an outlet's head noun (lexicon outletHeads: "قناة"، "وكالة") a party's name is the outlet's
    /// own ("قناة النجباء"): the teller of the news, not a party to it (BystanderNames.NamesAnotherConflict).
    /// </summary>
    public const int PartyNameAfterOutletWords = 1;

    /// <summary>
    /// How many tokens after "منهم" may come before the rest's flight ("قتل أربعة منهم، فيما لاذ الآخرون بالفرار"): a
    /// comma and a connector (FigureFinder.FledRestSide).
    /// </summary>
    public const int FleeingRestReach = 3;

    /// <summary>
    /// How many definite words may name what people belong to before their definite numeral ("أفراد المفرزة الإرهابية
    /// الثلاثة"): the noun and one adjective.
    /// </summary>
    public const int GenitiveOwnerWords = 2;

    /// <summary>
    /// How many words may follow a civilian's title before the comma that opens his name ("مختار قرية المحمودية، ...":
    /// the village or town his title is of), and how many words the name set off by commas may run to ("عبد الله
    /// حسن الوسمي") (FigureFinder.ReadTitledVictimBeforeVerb).
    /// </summary>
    public const int TitledVictimTitleWords = 3;

    /// <inheritdoc cref="TitledVictimTitleWords"/>
    public const int TitledVictimNameWords = 5;

    /// <summary>
    /// How many words after an arrest count may say what its people are charged with ("85 متهما بالإرهاب في عموم
    /// محافظات البلاد"، "خمسة متهمين بالانتماء إلى عصابات داعش"): the noun, the charge and a qualifier of it
    /// (<see cref="ArrestShares"/>).
    /// </summary>
    public const int ArrestQualifierReach = 6;

    /// <summary>
    /// How many words before a casualty of the forces a martyrdom word may stand and still tell the side of a man joined
    /// to it by و ("استشهاد آمر فوج ومقاتل"; "نعت ... الشهيد"): the trigger and a quotation mark or article around it.
    /// </summary>
    public const int MartyrdomReach = 2;

    /// <summary>
    /// The fewest provinces the later counts of a sentence must lie in to make an earlier count of theirs their total
    /// ("اعتقال 9 ... 4 في ديالى، و3 في الأنبار، وواحد في بابل وآخر في واسط"; Passes/SentenceTotalRemoval):
    /// counts in one place are more likely a breakdown or a second telling.
    /// </summary>
    public const int SentenceTotalMinProvinces = 2;

    /// <summary>
    /// How many words may stand between an operation noun and the verb that says when it took place, and between that
    /// verb and the day ("الغارة جرت في 29 أغسطس"، "العملية التي نفذتها القوة يوم الأحد"; Passes/StatedDayDating).
    /// </summary>
    public const int StatedDayReach = 3;

    /// <summary>
    /// How many words after "في وقت سابق" a day may follow and still date it ("في وقت سابق من السبت الماضي"، "في وقت سابق
    /// اليوم"; Passes/EarlierTimeUndating): the preposition, the article-bearing day and "الماضي".
    /// </summary>
    public const int EarlierDayReach = 3;

    /// <summary>
    /// How many tokens before an operation's first figure "بعد N من" may stand ("بعد يومين من كمين نصبه مسلحو داعش
    /// قتل فيه خمسة ..."): the earlier event named after "من" and counted in the same breath.
    /// </summary>
    public const int DaysBeforeReach = 12;

    /// <summary>
    /// How many words after a count of the wanted may come before the "بينهم" of its terror share ("12 متهما بقضايا
    /// مختلفة في العاصمة بغداد، بينهم 5 ..."): the noun, its charge, a place and the comma.
    /// </summary>
    public const int ArrestShareReach = 9;

    /// <summary>
    /// How many words after one person at large may say that he belongs to ISIS ("شخصا يرتبط بتنظيم داعش"، "شخص ينتمي
    /// لداعش"): the verb of belonging and its preposition (SingularFigures.BelongingPerson).
    /// </summary>
    public const int BelongingReach = 2;

    /// <summary>
    /// How many words after "المكنى" the words saying a man arrested belongs to ISIS may stand ("اعتقال المكنى أبو
    /// حفص الذي ينشط في قاطع الجزيرة لصالح داعش": a name of two or three words, then a relative clause).
    /// </summary>
    public const int NamedManBelongingReach = 12;

    // ---- the report's head ---------------------------------------------------------------------------------------

    /// <summary>
    /// The widest line of a page hard-wrapped at a fixed width (an e-mail, a PDF or a terminal copy: 40 to 160
    /// characters a line). A page whose paragraphs are each one line has lines of several hundred characters; one
    /// whose every line is at most this wide may be wrapped (WrappedLines.HardWrapWidth).
    /// </summary>
    public const int HardWrapMaxWidth = 160;

    /// <summary>
    /// How many lines broken by the page's width (the next line's first word would not have fit; no sentence's end) make
    /// a page hard-wrapped: one or two are a headline and a byline over their text; three are a paragraph cut by a width.
    /// </summary>
    public const int HardWrapMinLines = 2;

    /// <summary>
    /// How wide, in per cent of the page's widest line, a line that goes on on the next must be to count against the
    /// page being hard-wrapped when the width did not break it: shorter lines (chrome, a section's name, a byline, a
    /// hashtag) are broken by their writer on any page. A line the width broke is always wider.
    /// </summary>
    public const int HardWrapMinFillPercent = 50;

    /// <summary>
    /// How many time-stamp lines a page may print above its headline (<see cref="TimeStampLines"/>): a posting time and
    /// an update time, and one to spare. Below them the first line is the headline whatever it holds.
    /// </summary>
    public const int TimeStampMaxLines = 3;


    /// <summary>
    /// The most operations the lead of a day's bulletin counts ("مقتل خمسة إرهابيين في ثلاث عمليات") before telling
    /// each: more, or a period, make the count a tally.
    /// </summary>
    public const int BulletinLeadOperations = 5;

    /// <summary>
    /// How many provinces a sentence that goes on with a tally's statement names, and no town, for its figures to stay
    /// the statement's ("في محافظات ديالى وكركوك ونينوى").
    /// </summary>
    public const int SeveralProvinces = 2;

    /// <summary>How many sentences from the top (headline, dateline, lead) a report's summary of itself may take.</summary>
    public const int LeadSentences = 3;

    /// <summary>
    /// How many sentences from the top the head may take when the lead comes after a headline, a subtitle and a
    /// dateline (<see cref="ReportLayout.HeadLast"/>): lines without a full stop above it, never a whole bulletin.
    /// </summary>
    public const int HeadMaxSentences = 6;

    /// <summary>
    /// How many words an outlet's name may take before the slash and the city of a head line ("الغد برس/بغداد",
    /// <see cref="ReportLayout.IsDateline"/>): news outlets' names are a word to three; more is a sentence.
    /// </summary>
    public const int OutletNameWords = 3;

    /// <summary>
    /// How many words may follow a related-news cue on its line for the cue still to head the lines below it
    /// (<see cref="ReportLayout.IsRelatedNews"/>): the site's name ("اقرأ أيضاً في 964:", "طالع أيضا على السومرية نيوز").
    /// A headline after the cue has more.
    /// </summary>
    public const int RelatedNewsCueMaxWordsAfter = 3;

    /// <summary>
    /// The last sentence index a headline total may stand at and still add up operations of any province told below
    /// it (a total further down must be compatible with its parts).
    /// </summary>
    public const int HeadlineTotalLastSentence = 3;

    /// <summary>
    /// How far, as a share of a round head figure ("نحو 50"), the sum of the counts told below it may lie and still be
    /// what it rounds (<see cref="Passes.RoundedTotalRemoval"/>): outlets round to the nearest ten or five, a tenth.
    /// </summary>
    public const double RoundedTotalTolerance = 0.1;

    /// <summary>
    /// How many words a page's last line may have and still be its headline stored last (<see cref="TrailingHeadlines"/>):
    /// headlines run to a dozen words or so; a last sentence of the body is longer, and a full stop ends it anyway.
    /// </summary>
    public const int TrailingHeadlineMaxWords = 16;

    /// <summary>
    /// How many words may stand between "أحد" and "في" in a man's description ("أحد القيادات السابقة في"، "أحد أبرز
    /// قادة التنظيم في"; <see cref="PersonDescriptions"/>): a noun, its adjective or the group it belongs to.
    /// </summary>
    public const int PersonDescriptionWords = 3;

    /// <summary>The last sentence index of an operation whose date a later sentence may elaborate.</summary>
    public const int ElaboratedLastSentence = 3;

    /// <summary>
    /// How many words after a verb of carrying out its object, the operation noun, may stand: the subject between them
    /// when the verb comes first ("نفذت قوة من الفرقة الخامسة عملية"; FigurelessOperations.CarriesOutAnOperation).
    /// </summary>
    public const int CarriedOutObjectReach = 6;

    /// <summary>
    /// How many days before publication a day named in a sentence opened by the pluperfect ("وكانت القوات استعادت،
    /// أمس، ...") still makes it tell the news rather than its background (OperationDates.NamesTheNewsDay): today
    /// and yesterday.
    /// </summary>
    public const int BackgroundNewsDays = 1;

    /// <summary>
    /// How many words after "مع" that follows a clash noun ISIS may be named as the other side ("اشتباكات مع مسلحين من
    /// خلايا داعش": four; FigurelessOperations.ClashWithIsis).
    /// </summary>
    public const int ClashPartnerReach = 4;

    /// <summary>How many sentences after an operation the sentences elaborating its date may come.</summary>
    public const int ElaborationReach = 3;

    /// <summary>
    /// How many sentences after a count in the head a sentence explaining its statement may stand and its single smaller
    /// count still be one of the lead's (<see cref="Passes.ElaboratedPartRemoval"/>).
    /// </summary>
    public const int ElaboratedPartReach = 3;

    /// <summary>
    /// How many sentences after a count in the head a sentence that explains or quotes its statement, pointing back at
    /// the one event, may stand and give that count again in parts (<see cref="Passes.LeadToldInParts"/>).
    /// </summary>
    public const int LeadPartsReach = 3;

    /// <summary>
    /// How far, as a share of the first count, another source's count of the one attack a headline tells may differ
    /// from it and still be that toll told again (<see cref="Passes.OtherSourceTollRemoval"/>): 38 and 37, 11 and 10.
    /// </summary>
    public const double RetoldTollSpread = 0.2;

    /// <summary>The difference always allowed between two sources' counts of one attack's toll, however small it is.</summary>
    public const int RetoldTollSpreadMinimum = 1;

    /// <summary>
    /// How many words after a statistic's noun of the dead ("عدد القتلى من مسلحي داعش") ISIS may be named
    /// for the statistic to be ISIS's losses, not victims.
    /// </summary>
    public const int StatisticOwnerReach = 4;

    /// <summary>
    /// How many words before a day a relative pronoun may stand for the day to be told inside its clause ("التي تم
    /// تحريرها أمس": the pronoun, the two words of the verb, then the day; "التي شنها التنظيم فجر الخميس": four).
    /// </summary>
    public const int RelativeClauseDayReach = 4;

    /// <summary>
    /// How many words before a relative pronoun the noun it describes may stand ("التفجير بعبوة لاصقة الذي": the noun
    /// and two words that qualify it).
    /// </summary>
    public const int RelativeAntecedentReach = 3;

    /// <summary>How many days before publication the day an elaboration names may be.</summary>
    public const int ElaborationDaysBefore = 7;

    /// <summary>How many sentences after a risen toll the pluperfect telling of the toll first reported may come.</summary>
    public const int EarlierTollReach = 2;

    /// <summary>
    /// How many sentences after the current toll a speaker's earlier word on it may come ("وكان مصدر في الشرطة ذكر ليل الجمعة
    /// مقتل ثلاثة" after the lead, a quote and its sequel): Passes.EarlierTollRemoval, the earlier report.
    /// </summary>
    public const int EarlierReportReach = 4;

    /// <summary>
    /// How many words after "وكان" the verb of telling of an earlier report may come (its subject between: "وكان ضابط
    /// في الشرطة المحلية ذكر"), and how many words after the verb of telling "في وقت سابق" may come (its subject between:
    /// "وذكر المسعفون والأطباء في وقت سابق").
    /// </summary>
    public const int EarlierReportWords = 4;

    /// <summary>
    /// How many words before a count the earlier telling that announced it may end ("التي أعلنا في حينها مقتل خمسة": the
    /// mark "في حينها" right before "مقتل"), and how many words after the verb of telling its mark may come
    /// (Passes.AnnouncedEarlierRemoval).
    /// </summary>
    public const int AnnouncedEarlierWords = 3;

    /// <summary>
    /// How many words after a press conference ("في مؤتمر صحفي عقده في بغداد": "عقده", then the town with "في") the
    /// town where it was held may start (OperationPlaces.Locate).
    /// </summary>
    public const int PressConferencePlaceReach = 3;

    /// <summary>How many sentences after a count announced earlier the count found since may come (Passes.AnnouncedEarlierRemoval).</summary>
    public const int AnnouncedEarlierReach = 3;

    /// <summary>How many days before publication the day named by a toll first reported may be (an update is news of days).</summary>
    public const int EarlierTollDaysBefore = 3;

    /// <summary>How many words after "وكان" the verb of a background sentence is looked for.</summary>
    public const int BackgroundVerbReach = 10;

    // ---- dates and places of operations ----------------------------------------------------------------------------

    /// <summary>How many days before publication a day may be for later undated operations to inherit it.</summary>
    public const int ContextDayMaxAge = 10;

    /// <summary>
    /// How many days a statement may come after the operation it tells: two tellings of one count, each with a day of
    /// its own further apart than this ("... اليوم السبت" and "وكان ... قد أعلن في 22 نيسان الماضي"), are two
    /// operations. A command's statement follows its operation by hours or days, a bulletin by a week at most.
    /// </summary>
    public const int RetoldDayMaxLag = 10;

    /// <summary>
    /// A date whose year is more than this many years before the year of publication is history ("منذ 2014", "سيطر
    /// التنظيم عام 2014"), not the date of an operation the report tells.
    /// </summary>
    public const int HistoryYears = 1;

    /// <summary>How many sentences before an operation told without a place its province may be named in.</summary>
    public const int ProvinceLookBack = 3;

    /// <summary>How far (in characters) after "قيادة عمليات" the place naming the command may start.</summary>
    public const int CommandPlaceSlack = 2;

    /// <summary>How far after a figure (in characters) the place that locates it may start: "4 منهم في نينوى".</summary>
    public const int PlaceAfterFigureReach = 16;

    /// <summary>
    /// How many words after a part of a total the means that sets it apart may take to be named: "10 مسلحين
    /// بضربات جوية" (the kind right after the count and its noun), not a kind told further on in the clause.
    /// </summary>
    public const int MeansAfterPartReach = 4;

    /// <summary>How many tokens an item of a bulletin has at least before ", وفي PLACE" opens the next one.</summary>
    public const int BulletinItemMinTokens = 3;

    /// <summary>How many tokens after ", وفي" the place opening a bulletin's next item may be named.</summary>
    public const int PlaceOpenerReach = 4;

    // ---- tallies ---------------------------------------------------------------------------------------------------

    /// <summary>
    /// The fewest people killed, wounded or arrested that no single operation or attack reaches: counts of this size
    /// are the running total of a battle or campaign ("قتل أكثر من 1500 إرهابي بالمحور الجنوبي"), read as a tally
    /// when they are ISIS members, or a year's statistics of victims, never one event. The largest single event in
    /// the development set's tuned part killed 349.
    /// </summary>
    public const int CumulativeMinimum = 500;

    /// <summary>
    /// The fewest ISIS members killed that a sentence naming a whole battle ("في معركة تحرير الحويجة") or a span from
    /// the launch ("خلال تسعة أيام من انطلاق العملية") counts as the battle's running total (<see cref="BattleTotals"/>):
    /// a hundred, more than a day's operation in a battle usually kills, fewer than the running totals such statements give.
    /// </summary>
    public const int BattleTotalMinimum = 100;

    /// <summary>
    /// The fewest ISIS dead announced with the liberation of a whole province or of many areas that are the campaign's
    /// results (<see cref="BattleTotals.IsALiberationsToll"/>): ten, as a tally's count without a period; below it the
    /// dead are one raid's.
    /// </summary>
    public const int LiberationTollMinimum = 10;

    /// <summary>The fewest areas a liberation counts to be a campaign's, not a raid's ("تحرير نحو 30 منطقة"): ten.</summary>
    public const int LiberatedAreasMinimum = 10;

    /// <summary>How many tokens after a word of liberation what it liberated may start ("تحرير كامل محافظة ديالى"، "تحرير نحو 30 منطقة": three).</summary>
    public const int LiberatedWholeReach = 3;

    /// <summary>How many tokens "خلال" may stand before the launch it counts from ("خلال تسعة أيام من انطلاق العملية").</summary>
    public const int FromTheLaunchReach = 4;

    /// <summary>
    /// How many words after a relative pronoun a time may start and still stand inside its clause ("الذي أدار الهجوم على
    /// سجن البلدة عام 2014": six), so that it dates what the clause tells (<see cref="RelativeClauseTimes"/>).
    /// </summary>
    public const int RelativeClauseTimeReach = 8;

    /// <summary>
    /// How many words after a campaign's verb of launching the time it was launched may start ("التي انطلقت في الشهر
    /// الماضي": two; "التي أطلقتها قبل ثلاثة أيام": one), so that the sentence counts from that launch (<see cref="BattleTotals.CountsFromALaunchBefore"/>).
    /// </summary>
    public const int LaunchTimeReach = 3;

    /// <summary>
    /// How many sentences back a bare "القصف" or "الهجوم" may point to another state's strike ("الهجوم الأمريكي ...
    /// وأضاف أن القصف أدى إلى مقتل أربعة"): the sentence before and the one before it (<see cref="StrikeAnaphora"/>).
    /// </summary>
    public const int StrikeAnaphoraSentences = 2;

    /// <summary>
    /// How many tokens may stand between the people a sentence counts and "وN آخرين" joined to them ("مقتل القيادي في
    /// داعش أبو علي و3 آخرين"): a title, a name and its place (FigureFinder.JoinedOthersCategory).
    /// </summary>
    public const int JoinedOthersReach = 6;

    /// <summary>How many sentences after a tally a continuation of its statement may come.</summary>
    public const int TallyContinuationReach = 2;

    /// <summary>
    /// How many sentences after an announcement of results that gave no figure its first figures may come, when the
    /// sentences between count nothing (<see cref="TallyContinuation.ContinuesTally"/>): the scene of a statement (who
    /// took part, where) takes a sentence or two, rarely three.
    /// </summary>
    public const int AnnouncedFiguresReach = 4;

    /// <summary>The most words a name of ISIS or its men takes ("تنظيم الدولة الإسلامية"), read before a count of operations.</summary>
    public const int IsisNameWords = 3;

    /// <summary>
    /// How many tokens after "عدد" its verb "بلغ" may come ("عدد الإرهابيين الذين ألقي القبض عليهم بلغ 424"): a noun
    /// phrase with a relative clause, short of the next item of the list.
    /// </summary>
    public const int CountReachedReach = 10;

    /// <summary>How many tokens after "مؤتمر صحافي" its place may come ("في مؤتمر صحافي عقده في أربيل"): where it was said.</summary>
    public const int VenueReach = 3;

    /// <summary>
    /// How many tokens after "تحرير" or "المحور" the battle's town may come ("لاستعادة مدينة الموصل", "بالمحور الجنوبي
    /// للفلوجة"): a noun for the place or an adjective between.
    /// </summary>
    public const int BattlePlaceReach = 3;

    /// <summary>The most words a cue phrase of the tally word lists takes ("تم إحباط", "وصلت إلى").</summary>
    public const int PhraseWords = 3;

    /// <summary>
    /// How many tokens before a count of operations "إحباط" may end and still say they were foiled ("أحبطت القوات 33
    /// عملية"): the verb, its subject of one or two words, the count.
    /// </summary>
    public const int FoilReach = 3;

    /// <summary>
    /// How many tokens before a count of people "وجود" may end and still give ISIS's strength ("وجود نحو 600 مسلح"):
    /// the cue, a hedge of up to two words, the count.
    /// </summary>
    public const int StrengthCueReach = 3;

    /// <summary>
    /// How many words before "منذ" a superlative may stand and still govern it ("الأعنف في المحافظة منذ"): an
    /// adjective and a place phrase between; further back, the superlative qualifies something else
    /// (<see cref="SuperlativeComparisons"/>).
    /// </summary>
    public const int SuperlativeReach = 5;

    /// <summary>
    /// How many words after a verb of carrying out its object may stand, past the subject between ("نفذت قطعات
    /// الفرقة الخامسة عملية"): a longer stretch is no longer the verb's object (<see cref="NewOperationClauses"/>).
    /// </summary>
    public const int SubjectBeforeObjectReach = 5;

    /// <summary>A period shorter than this many days ("خلال اليومين الماضيين") sums a few days' operations, not a tally.</summary>
    public const int ShortWindowDays = 25;

    /// <summary>How far (in characters) after an operation's figure the town that places it may start.</summary>
    public const int OperationPlaceReach = 8;

    /// <summary>How far (in characters) after the last operation figure of a sentence the tally's scope starts.</summary>
    public const int TallyScopeGap = 12;

    /// <summary>How many sentences before a tally the period it inherits may be named in.</summary>
    public const int TallyPeriodLookBack = 2;

    /// <summary>How many sentences before a tally the provinces setting its scene may be named in.</summary>
    public const int TallySceneLookBack = 3;

    /// <summary>How many sentences before a tally the authority announcing it may be named in.</summary>
    public const int TallyReporterLookBack = 3;

    /// <summary>The report's first sentences (headline and lead) whose authority every tally of it may be credited to.</summary>
    public const int HeadlineAndLead = 2;

    /// <summary>The first year a span of years may start in: the campaign against ISIS is after 2003.</summary>
    public const int EarliestYear = 2003;

    /// <summary>How many tokens before a period the word naming its part ("النصف الأول من") may start.</summary>
    public const int PeriodPartBefore = 5;

    /// <summary>How many tokens after a period's first token the word naming its part may start.</summary>
    public const int PeriodPartAfter = 2;

    /// <summary>How many tokens before a period the word naming its part may end.</summary>
    public const int PeriodPartGap = 2;

    /// <summary>
    /// How far the exact figure may lie from a hedged one that rounds it ("نحو 700" and 683, "أكثر من 300" and 331):
    /// below it by RoundedBelow of it, above it by RoundedAbove.
    /// </summary>
    public const double RoundedBelow = 0.1, RoundedAbove = 0.3;

    // ---- merging ---------------------------------------------------------------------------------------------------

    /// <summary>How many of the figures told after a headline total are tried as its parts (bounds the subset search).</summary>
    public const int MaxSummedParts = 12;

    /// <summary>How many sentences after a subtotal its parts are told in.</summary>
    public const int SubtotalReach = 3;

    /// <summary>How many sentences apart a singular figure and the explicit count that absorbs it may be.</summary>
    public const int ImplicitFigureReach = 3;

    /// <summary>
    /// How many days before the count's own day a singular figure's own day may lie and the man still be one of the
    /// count (an announcement follows its operation by a day or two; "في 21 آذار الماضي" weeks before is another attack).
    /// </summary>
    public const int ImplicitFigureOwnDayGap = 7;

    /// <summary>
    /// How many sentences after a counted draft a figureless clause that points back at its people ("ونفذت ضده عملية")
    /// may come and still tell the same operation: the sentences between name the man, who he was and who said so
    /// (FigurelessLeads.AbsorbFollowUps).
    /// </summary>
    public const int FollowUpReach = 3;

    /// <summary>How many sentences after an operation's last one a continuation of it may come.</summary>
    public const int ContinuationReach = 2;

    /// <summary>
    /// How many sentences after its event a clause that names it with a definite noun may count more of its ISIS dead
    /// as "others" (<see cref="Passes.OthersOfTheEventMerge"/>): a statement tells who the first dead were, and what
    /// they had done, over a sentence or two before it counts the rest.
    /// </summary>
    public const int OthersOfTheEventReach = 3;

    /// <summary>How many days after an operation's day the same sentence may tell its results ("صباح أمس السبت").</summary>
    public const int ResultsFollowDays = 3;

    // ---- figures -------------------------------------------------------------------------------------------------

    /// <summary>
    /// How many words may stand between a casualty verb and the indefinite victim noun it governs ("سقط قتيل",
    /// "ارتقاء شهيدين"); further off, a bare "قتيل" is not the verb's.
    /// </summary>
    public const int VictimNounTriggerReach = 2;

    // ---- the war years (war11) ------------------------------------------------------------------------------------

    /// <summary>
    /// How many earlier items of a list one verb destroyed ("ودمر 5 عجلات مفخخة و2 من المضافات") a hideout count joined
    /// by و may look past for that verb.
    /// </summary>
    public const int ListItemsBeforeHideouts = 3;

    /// <summary>How many words an item of such a list may take (its count, its noun and the noun's adjectives).</summary>
    public const int ListItemWords = 4;

    /// <summary>
    /// The smallest hedged count of an operation ("نحو 60", "قرابة 50") read as the rounding of an exact count told
    /// nearby, and the step its round figure is a multiple of: "نحو 7" rounds nothing.
    /// </summary>
    public const int RoundedOperationMinimum = 10, RoundedOperationStep = 5;

    /// <summary>
    /// How far before ISIS members counted as killed an execution word ("إعدام") may stand, and how far before that word
    /// the ISIS name that executes may stand ("أقدم داعش على إعدام 4 من عناصره").
    /// </summary>
    public const int ExecutionReach = 3, ExecutionerReach = 3;

    /// <summary>
    /// How many words after a count of ISIS killed the explosion word of their own device may come ("ستة من مسلحي
    /// التنظيم قضوا في انفجار"، "لقي أربعة منهم مصرعهم، مساء الخميس، إثر انفجار"), and how many words after the
    /// explosion word the device ("عجلة مفخخة"، "عبوة ناسفة"): IsisOwnDeaths.KilledByTheirOwnBlast.
    /// </summary>
    public const int OwnBlastReach = 10, OwnDeviceReach = 3;

    // ---- numbers that tell no operation (nonops11) ------------------------------------------------------------------

    /// <summary>
    /// How many words a phrase of <c>nonEventObjects</c> may hold ("بمشاركتهم في"، "معلومات تقود إلى"): the phrase is looked
    /// for ending right before a count or right before the casualty word that governs it.
    /// </summary>
    public const int NonEventPhraseWords = 3;

    /// <summary>
    /// How many words a count may stand after a word of confessing and still be what was confessed: the preposition
    /// with its verbal noun ("بتنفيذ"، "بمشاركة"، "بأن") and an adverb ("صراحة") between them.
    /// </summary>
    public const int ConfessedCountReach = 3;

    /// <summary>
    /// How many tokens after a count taken out as no operation's a count joined to it by و may start and be taken out
    /// with it ("لذوي 300 شهيد من ضحايا العمليات الإرهابية، و150 جريحا").
    /// </summary>
    public const int NonEventConjunctReach = 8;

    /// <summary>How many tokens before or after a count of ISIS members an execution verb may stand and be the one that kills them.</summary>
    public const int ExecutionVerbReach = 5;

    /// <summary>How many tokens before عن a release verb may stand, its subject and a set-off date between ("أفرجت السلطات العراقية، اليوم، عن 40").</summary>
    public const int ReleaseSubjectReach = 8;

    /// <summary>How many tokens after an anniversary word a count of its old event may stand, with no comma or full stop between.</summary>
    public const int AnniversaryReach = 15;

    // ---- dates ---------------------------------------------------------------------------------------------------

    /// <summary>
    /// The longest window of hours ("خلال الـ48 ساعة الماضية") read as the day of publication; a longer one ("خلال
    /// الساعات الـ72 الماضية") spans days an analyst would not put on the announcement's: a window of days back.
    /// </summary>
    public const int HoursWindowMaxHours = 48;

    /// <summary>
    /// The shortest window back from a statement ("خلال الـ72 ساعة الماضية"، "في الأيام الثلاثة الماضية") over which an
    /// authority's count of people sums a period's operations: three days. A day or two ("خلال اليومين الماضيين"، "خلال
    /// الـ48 ساعة الماضية") is the day's bulletin.
    /// </summary>
    public const int LookbackTallyDays = 3;

    // ---- places --------------------------------------------------------------------------------------------------

    /// <summary>
    /// How many words may describe the teller of the news between his noun and "في" before the place he sits in
    /// ("مصدر أمني رفيع في", "مراسل السومرية نيوز في"), and between "في" and the place ("في محافظة", "في قيادة عمليات").
    /// </summary>
    public const int SourceLocationWords = 2;

    /// <summary>
    /// How far from a province's capital, in km, a bearing from it ("على بعد 20 كم جنوب غربي كركوك") still lies in the
    /// province: every capital's province reaches at least this far around it.
    /// </summary>
    public const int CapitalDirectionInsideKm = 30;

    /// <summary>
    /// How many words before a figure "القتلى هم" may stand for the figure to name who the counted were ("القتلى هم
    /// ضابط برتبة ملازم أول في الجيش العراقي وجنديان": the second man is eight words on).
    /// </summary>
    public const int IdentifiedCountedReach = 10;

    /// <summary>
    /// How many words after a destroying verb a word of a bomber's own blast may stand ("فجر إرهابي انتحاري نفسه":
    /// the verb's subject comes first) for the verb to be the blast, not the forces destroying a hideout.
    /// </summary>
    public const int SelfBlastReach = 3;

    /// <summary>
    /// How many words before a breakdown cue ("بينهم") the pair of the dead and the wounded ("القتلى والجرحى،") may
    /// start for the people after the cue to be some of both: the pair's two nouns, a conjunction and a comma.
    /// </summary>
    public const int TwoOutcomeCueReach = 4;

    /// <summary>
    /// How many words after a count of people "بين قتيل وجريح" may start for the count to be of both outcomes ("9 مدنيين
    /// وشرطيين بين قتيل وجريح": the second noun joined to the first, then "بين"; "مسلحا من عصابات داعش وقعوا بين قتيل
    /// وجريح": the group the count is of after من, of two words, then the verb the count is the subject of, then "بين")
    /// (TwoOutcomeCounts.CountsBothOutcomes).
    /// </summary>
    public const int BothOutcomesAfterReach = 5;

    /// <summary>
    /// How many words a count in words before a singular noun may take for the noun to be its tamyiz ("11 ألف قتيلا":
    /// digits and a thousand; "ثلاثة وعشرين ألف": a unit, a ten and a thousand) (SingularFigures.IsTamyizOfCount).
    /// </summary>
    public const int TamyizCountWords = 4;

    /// <summary>
    /// How many words before a count the number of the dead and the wounded may be named, with no other number between, for
    /// the count to be that number ("ارتفع عدد قتلى وجرحى المقاتلين في الهجوم الذي شنه التنظيم
    /// على أطراف القضاء إلى 17 عنصرا": the attack and its place between) (TwoOutcomeCounts.CountsBothOutcomes).
    /// </summary>
    public const int BothOutcomesHeadReach = 14;

    /// <summary>
    /// How many words before a breakdown cue ("بينهم") a vague quantity may stand for the people after the cue to be
    /// some of its group ("عشرات من أتباع جماعة «أنصار السنة» بينهم"): the quantity, "من", a noun of people,
    /// a noun of a group and its name of two words in quotation marks.
    /// </summary>
    public const int VagueGroupCueReach = 8;

    /// <summary>
    /// How many words before a breakdown or inclusion cue the number it breaks down may stand when no figure took that
    /// number ("17 من المسلحين، بينهم": three; "نحو 900 من ضمنهم": at once), so that the people after the cue are some of
    /// it (FigureRelations.MarkAmongUncountedNumber).
    /// </summary>
    public const int UncountedWholeCueReach = 6;

    /// <summary>
    /// How many words may describe the people just counted before a count joined to them by و shares their fate ("مقتل
    /// 6 جنود عراقيين و4 مدنيين"، "6 جنود من الجيش وأربعة مدنيين"): an adjective, or "من" and a force of two words
    /// (FigureFinder.JoinedPastModifiers).
    /// </summary>
    public const int CoordinatedModifierReach = 3;

    /// <summary>
    /// How many tokens may stand between a count and a later count of the same noun joined to it by و ("1134 متهما
    /// بالإرهاب خلال عام 2018، و962 متهما": the noun's complement, a period of three tokens, a comma): FigureFinder.ParallelCountOfTheSameNoun.
    /// </summary>
    public const int ParallelCountReach = 8;

    /// <summary>
    /// How many words after a launch word ("شروع القطعات ... بعملية واسعة") the operation or campaign noun it launches
    /// may stand: the forces that launch it (a command and two divisions) come between.
    /// </summary>
    public const int LaunchedNounReachAfter = 16;

    /// <summary>
    /// How many words before a launch word its noun may stand when told first ("عمليات عسكرية واسعة انطلقت"): the
    /// noun, an adjective or two.
    /// </summary>
    public const int LaunchedNounReachBefore = 4;

    /// <summary>
    /// How many words a page's own name may have before the bar that sets it off from a wire's dateline ("أخبار الآن |
    /// بغداد – العراق – (رويترز)"), from the start of the line.
    /// </summary>
    public const int BylineBeforeBarReach = 4;

    /// <summary>
    /// The fewest letters a district's name may have, without the article, for its spelling with the article added or
    /// dropped ("قضاء الداقوق" for داقوق) to name it after a division noun: "الحي" is not read in "قضاء حي".
    /// </summary>
    public const int ArticleVariantMinStem = 3;

    /// <summary>
    /// How many words after a word of speaking a day may stand to date the statement ("في تصريح لإعلام حزبه أمس": the
    /// noun, whom it was made to, then the day).
    /// </summary>
    public const int StatementDayReach = 4;

    /// <summary>
    /// How many sentences before quoted words the day their statement was made may be told ("أعلنت القيادة أمس ..."
    /// then "ونقلت الوكالة عنها في بيان: ... قبل يومين"): the sentence just before; further back another statement,
    /// another speaker's, is as likely.
    /// </summary>
    public const int StatementLookBack = 1;

    /// <summary>
    /// How many words after a word of liberation "من سيطرة"/"من قبضة" may stand ("تحرير قرية الزهيرات شرقي تكريت من
    /// سيطرة": the town's noun, its name and a bearing from a city).
    /// </summary>
    public const int LiberatedFromReach = 6;

    /// <summary>
    /// How many words before "من تحرير" the verb of managing may stand ("تمكنت قطعات الفرقة الخامسة بإسناد من طيران
    /// الجيش والحشد العشائري صباح اليوم من تحرير": the force, those who backed it and a time come between).
    /// </summary>
    public const int AccomplishedVerbReach = 14;

    /// <summary>
    /// How many words after a word of liberation the place taken may be named ("تحرير محطة الكهرباء القديمة والجسر
    /// الحديدي شرقي مدينة هيت": a landmark the gazetteer lacks, then the town it lies by).
    /// </summary>
    public const int TakenPlaceReach = 8;

    /// <summary>
    /// How many words after a search's operation noun its purpose of pursuit or its scene may stand ("حملة دهم
    /// كبيرة لمطاردة"، "عملية تمشيط دقيقة في موقع الانفجار"), and how many words after the verbal noun of pursuit its
    /// object, the attack's doers, may stand ("لمطاردة مسلحي التنظيم"، "بحثا عن الجناة الفارين"; FigurelessOperations.PursuitOfAnAttack).
    /// </summary>
    public const int PursuitReach = 5;

    /// <summary>
    /// How many words after a verb of managing its subject stands, for ISIS there to make the place one ISIS took
    /// ("تمكن عناصر داعش من السيطرة على"): the noun and its complement.
    /// </summary>
    public const int TakerSubjectReach = 3;

    /// <summary>
    /// How many words may stand between an attack verb and the attack noun it takes ("شن مسلحو داعش هجوما"، "نصب عناصر
    /// من داعش كمينا": the doer, a partitive).
    /// </summary>
    public const int AttackObjectReach = 3;

    /// <summary>
    /// How many words a neighbourhood's name may have between its noun and a bearing from its city ("حي الجامعة غربي
    /// بغداد"، "حي اليرموك الثانية جنوب الموصل").
    /// </summary>
    public const int NeighbourhoodNameWords = 3;

    /// <summary>
    /// How many words a hospital's name may have between the destination noun and the town it stands in ("مستشفيات
    /// العاصمة بغداد"، "مستشفى مدينة الطب ببغداد"): <see cref="PlaceDirections.IsDirectionOnly"/>.
    /// </summary>
    public const int HospitalNameWords = 3;

    /// <summary>
    /// How many words before an attack verb ISIS may be named as its doer ("عناصر من داعش نصبوا كمينا").
    /// </summary>
    public const int IsisDoerBeforeVerb = 3;

    /// <summary>
    /// How many words may stand between a verb of doing and the verbal noun of ISIS's deed it governs ("قام عناصر
    /// التنظيم فجر اليوم بحرق"، "أقدم تنظيم داعش على إضرام"; FigurelessOperations.IsisHarmDeed).
    /// </summary>
    public const int DeedAuxiliaryReach = 6;

    /// <summary>
    /// How many words a force's name may span, read back from its last word ("قطعات الجيش العراقي"): the subject that
    /// ends right before a verb (IsisAsAttacker.ForceEndsAt, FigurelessOperations.ForcesTakeAPlace).
    /// </summary>
    public const int ForceNameWords = 4;

    /// <summary>
    /// How many words before an adverb of an earlier time ("في وقت سابق") the words of the deed it puts earlier may
    /// stand: the deed's verb and its object ("شن هجوما في وقت سابق"، "ألقت القبض في وقت سابق"; Passes/EarlierDeeds).
    /// </summary>
    public const int EarlierDeedReach = 3;

    /// <summary>
    /// How many strikes a draft counts for it to tell strikes of several days ("ضربتين جويتين"), whose days later
    /// sentences give one by one (DraftRelations.CountsSeveralStrikes).
    /// </summary>
    public const int SeveralStrikes = 2;

    /// <summary>
    /// How many words may stand between the strike noun that is an attack verb's subject and the verb ("غارتين جويتين
    /// استهدفتا مواقع داعش": the strikes did the targeting) for the ISIS name after the verb to be its object, not the
    /// attacker (IsisAsAttacker.StrikeIsTheSubject).
    /// </summary>
    public const int StrikeSubjectReach = 1;

    /// <summary>
    /// How many tokens may stand between a force's confronting them ("تصدت لهم") and the share "N منهم" it took from
    /// them ("تصدت لهم وقتلت خمسة منهم": the verb of the share) for the share to be of the people confronted
    /// (FigureFinder.ConfrontedThemSide).
    /// </summary>
    public const int ConfrontedThemReach = 2;

    /// <summary>
    /// How many words before a share "N منهم" a preposition with the pronoun "them" after a verb ("عليهم"، "لهم") may
    /// stand, its subject and the verb of the share between ("ففتح عليهم مسلحو التنظيم من سطح المدرسة النار
    /// وجرحوا أربعة منهم"), for the share to be of the people the doer acted on (FigureFinder.ThemNotTheirDoerSide).
    /// </summary>
    public const int ThemToShareReach = 14;

    /// <summary>
    /// How many words before a headcount word ("عددهم") the noun of the people it counts may end ("المسلحين البالغ
    /// عددهم 30": one word between) for the count to take that noun's side (CasualtySides.HeadcountNounSide).
    /// </summary>
    public const int HeadcountNounReach = 3;

    /// <summary>
    /// How many words after a toll noun ("حصيلة") the attack noun it is in construct with may stand, past the
    /// adjectives of the toll ("الحصيلة النهائية الرسمية للهجوم": two between) (CasualtySides.TollOfAnAttack).
    /// </summary>
    public const int TollAttackNounReach = 3;

    /// <summary>How many words after "تصدت لهم" an ISIS name may stand as the verb's subject, ISIS confronting the forces.</summary>
    public const int ConfrontingSubjectReach = 3;

    /// <summary>
    /// How many words may stand between an ISIS name and the word of its claim ("أعلن تنظيم داعش مسؤوليته"; "تبنى
    /// داعش رسميا مسؤوليته") for ISIS to be the claimant (IsisAsAttacker.IsisClaimedIt).
    /// </summary>
    public const int ClaimantReach = 2;

    /// <summary>
    /// How many sentences before or after the one that counts an attack's victims may tell the same attack and name
    /// its doer (Passes.AttackAttribution: "وأدى الهجوم إلى مقتل خمسة مزارعين" after the sentence naming ISIS).
    /// </summary>
    public const int AttributionNeighbours = 1;

    /// <summary>
    /// How many sentences after the one that counts an attack's victims ISIS's claim of "the attack" may come
    /// (Passes.AttackAttribution.ClaimedAfterwards): wire copy tells the toll, a quote or two, the damage, then the claim.
    /// </summary>
    public const int ClaimReach = 4;

    /// <summary>
    /// How many tokens after a count its own place or day may stand (Passes.OwnPlaceOrDaySplit): a results list may
    /// name several seized or destroyed things after the count (vehicles, boats, weapons, each with its number and an
    /// adjective or two) before the place that closes its group; further on, the place is the next group's or the
    /// sentence's.
    /// </summary>
    public const int OwnPlaceOrDayReach = 16;

    /// <summary>
    /// The largest bare count joined to a man's kin that is read as more people of the list ("وقتلوه وابنه واثنين كانا
    /// معه"): a household or the guests of one, a handful; a larger number there is another figure or no person
    /// (SingularFigures.KinJoinedBareCount).
    /// </summary>
    public const int KinBareCountMaximum = 10;

    /// <summary>
    /// How many sentences after an operation may tell where "the attack" happened (Passes.AttackPlaceTold: "وتبنى داعش
    /// الهجوم الذي نفذ في ناحية جرف الصخر" after the sentence that counted its dead by a bearing off a city).
    /// </summary>
    public const int AttackPlaceSentences = 2;

    /// <summary>
    /// How many words may stand between the preposition after "the attack" and the place it names (a kind of place and
    /// a word of its name: "الهجوم الذي جرى في ناحية جرف الصخر").
    /// </summary>
    public const int AttackPlaceReach = 2;
}
