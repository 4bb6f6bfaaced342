using System.Text.Json;
using OpsTracker.Core.Domain;

namespace OpsTracker.Core.Extraction.Lexicon;

public enum GrammaticalNumber
{
    Singular,
    Dual,
    Plural,
}

/// <summary>A noun for people: whose side it names, and whether the text must say more (عنصر may be either side).</summary>
public sealed record PersonNoun(CasualtySide Side, GrammaticalNumber Number, bool Ambiguous);

public sealed record HideoutNoun(HideoutKind Kind, GrammaticalNumber Number);

/// <summary>The extraction rules' word lists, read from lexicon.json.</summary>
public sealed class ExtractionLexicon
{
    private static readonly Lazy<ExtractionLexicon> Lazy = new(() => new ExtractionLexicon(EmbeddedData.Open("lexicon.json")));

    public ExtractionLexicon(Stream json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;

        var triggers = root.GetProperty("triggers");
        AddAll(CasualtyTriggers, triggers.GetProperty("killed"), CasualtyCategory.Killed);
        AddAll(CasualtyTriggers, triggers.GetProperty("arrested"), CasualtyCategory.Arrested);
        AddAll(CasualtyTriggers, triggers.GetProperty("wounded"), CasualtyCategory.Wounded);
        AddAll(DestroyTriggers, triggers.GetProperty("destroyed"), true);
        AddAll(FoundTriggers, triggers.GetProperty("found"), true);
        // The conjugations the grammar makes of each trigger verb (قتل -> قتلوا، يقتلون), unless a list names the form.
        var verbs = root.GetProperty("triggerVerbs");
        foreach (var (category, key) in new[] { (CasualtyCategory.Killed, "killed"), (CasualtyCategory.Arrested, "arrested"), (CasualtyCategory.Wounded, "wounded") })
        {
            AddConjugations(CasualtyTriggers, verbs.GetProperty(key), category);
        }
        AddConjugations(DestroyTriggers, verbs.GetProperty("destroyed"), true);
        AddConjugations(FoundTriggers, verbs.GetProperty("found"), true);
        AddAll(DestroyAfterFind, root.GetProperty("destroyAfterFind"), true);

        var categoryNouns = root.GetProperty("categoryNouns");
        AddAll(CategoryNouns, categoryNouns.GetProperty("killed"), CasualtyCategory.Killed);
        AddAll(CategoryNouns, categoryNouns.GetProperty("wounded"), CasualtyCategory.Wounded);
        AddAll(CategoryNouns, categoryNouns.GetProperty("arrested"), CasualtyCategory.Arrested);

        // People at large ("شخصان", "أشخاص") never say whose they are, whichever list they are in.
        var ambiguous = new HashSet<string>(Words(root.GetProperty("ambiguousPersons")).Concat(Words(root.GetProperty("genericPeople")))
            .Select(Text.ArabicNormalizer.NormalizeTerm), StringComparer.Ordinal);
        var persons = root.GetProperty("persons");
        foreach (var (name, side) in new[] { ("civilian", CasualtySide.Civilian), ("security", CasualtySide.Security), ("isis", CasualtySide.Isis) })
        {
            var group = persons.GetProperty(name);
            foreach (var (number, key) in new[] { (GrammaticalNumber.Singular, "singular"), (GrammaticalNumber.Dual, "dual"), (GrammaticalNumber.Plural, "plural") })
            {
                foreach (var w in Words(group.GetProperty(key)))
                {
                    Persons.Add(w, new PersonNoun(side, number, ambiguous.Contains(Text.ArabicNormalizer.NormalizeTerm(w))));
                }
            }
            foreach (var w in Words(group.GetProperty("plural")))
            {
                PluralPersonForms.Add(Text.ArabicNormalizer.NormalizeTerm(w));
            }
            // The duals the grammar makes of each singular; a person's -ين is also the sound plural, so only -ان.
            foreach (var w in Words(group.GetProperty("singular")))
            {
                foreach (var dual in Text.NounForms.Duals(w, obliqueIsUnambiguous: false).Where(d => !Persons.HasWord(d)))
                {
                    Persons.Add(dual, new PersonNoun(side, GrammaticalNumber.Dual, ambiguous.Contains(Text.ArabicNormalizer.NormalizeTerm(w))));
                }
            }
        }

        foreach (var kind in root.GetProperty("hideouts").EnumerateObject())
        {
            var hk = Enum.Parse<HideoutKind>(kind.Name);
            foreach (var (number, key) in new[] { (GrammaticalNumber.Singular, "singular"), (GrammaticalNumber.Dual, "dual"), (GrammaticalNumber.Plural, "plural") })
            {
                foreach (var w in Words(kind.Value.GetProperty(key)))
                {
                    Hideouts.Add(w, new HideoutNoun(hk, number));
                }
            }
            // Hideout nouns have broken or feminine plurals (أنفاق، مضافات), so both dual endings are duals.
            foreach (var w in Words(kind.Value.GetProperty("singular")))
            {
                foreach (var dual in Text.NounForms.Duals(w, obliqueIsUnambiguous: true).Where(d => !Hideouts.HasWord(d)))
                {
                    Hideouts.Add(dual, new HideoutNoun(hk, GrammaticalNumber.Dual));
                }
            }
        }

        var strikes = root.GetProperty("strikeNouns");
        AddAll(StrikeNouns, strikes.GetProperty("plural"), GrammaticalNumber.Plural);
        AddAll(StrikeNouns, strikes.GetProperty("singular"), GrammaticalNumber.Singular);
        AddAll(StrikeNouns, strikes.GetProperty("dual"), GrammaticalNumber.Dual);
        AddAll(OperationNouns, root.GetProperty("operationNouns"), true);
        AddAll(OccurrenceVerbs, root.GetProperty("occurrenceVerbs").GetProperty("words"), true);
        AddAll(EarlierUnspecified, root.GetProperty("earlierUnspecified").GetProperty("words"), true);
        OneOfThe = WordSet(root.GetProperty("oneOfTheWounded").GetProperty("one"));
        TheWounded = WordSet(root.GetProperty("oneOfTheWounded").GetProperty("wounded"));
        AddAll(PressConferences, root.GetProperty("pressConferences"), true);
        AddAll(AccusedNouns, root.GetProperty("accusedNouns"), true);
        AddAll(LossVerbs, root.GetProperty("lossVerbs"), true);
        AddAll(AnnouncedEarlierVerbs, root.GetProperty("announcedEarlier").GetProperty("verbs"), true);
        AddAll(AnnouncedEarlierMarks, root.GetProperty("announcedEarlier").GetProperty("marks"), true);
        AddAll(HoursAgo, root.GetProperty("hoursAgo").GetProperty("words"), true);
        AddAll(StatementDayWords, root.GetProperty("statementDayWords").GetProperty("words"), true);
        AddAll(OperationLaunches, root.GetProperty("operationLaunches").GetProperty("words"), true);
        AddAll(OperationCarriedOut, root.GetProperty("operationCarriedOut").GetProperty("verbs"), true);
        OperationsNotOurs = WordSet(root.GetProperty("operationCarriedOut").GetProperty("notOurs"));
        OperationPlacePrepositions = WordSet(root.GetProperty("operationCarriedOut").GetProperty("prepositions"));
        OneOperationNouns = WordSet(root.GetProperty("provinceOfAnEvent").GetProperty("oneOperation"));
        EventRelatives = WordSet(root.GetProperty("provinceOfAnEvent").GetProperty("relatives"));
        AddAll(CampaignNouns, root.GetProperty("operationLaunches").GetProperty("campaignNouns"), true);
        AddAll(Liberations, root.GetProperty("operationLaunches").GetProperty("liberations"), true);
        AddAll(LiberatedFrom, root.GetProperty("operationLaunches").GetProperty("liberatedFrom"), true);
        LiberatedAreaNouns = WordSet(root.GetProperty("liberatedWholes"));
        AddAll(AccomplishedBy, root.GetProperty("operationLaunches").GetProperty("accomplishedBy"), true);
        AddAll(TakenControl, root.GetProperty("operationLaunches").GetProperty("takenControl"), true);
        NotTaken = WordSet(root.GetProperty("operationLaunches").GetProperty("notTaken"));
        AddAll(AttackNouns, root.GetProperty("attackNouns"), true);

        AddAll(DaysBetweenPrepositions, root.GetProperty("daysBetweenEvents").GetProperty("prepositions"), true);
        foreach (var days in root.GetProperty("daysBetweenEvents").GetProperty("days").EnumerateObject())
        {
            AddAll(DaysBetweenEvents, days.Value, int.Parse(days.Name, System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var kind in root.GetProperty("kinds").EnumerateObject())
        {
            var k = kind.Name == "isis-attack" ? OperationKind.IsisAttack : Enum.Parse<OperationKind>(kind.Name, ignoreCase: true);
            AddAll(Kinds, kind.Value, k);
        }
        // "تفجيرين انتحاريين"، "عبوتين ناسفتين": a kind's noun phrase in the dual names the same kind (Text.NounForms.PhraseDuals).
        foreach (var kind in root.GetProperty("kinds").EnumerateObject())
        {
            var k = kind.Name == "isis-attack" ? OperationKind.IsisAttack : Enum.Parse<OperationKind>(kind.Name, ignoreCase: true);
            foreach (var dual in Words(kind.Value).SelectMany(Text.NounForms.PhraseDuals).Where(d => !Kinds.HasWord(d)))
            {
                Kinds.Add(dual, k);
            }
        }

        AddAll(AttackContext, root.GetProperty("attackContext"), true);
        AddAll(IsisAgent, root.GetProperty("isisAgent"), true);
        AddAll(UnknownAgent, root.GetProperty("unknownAgent"), true);
        AddAll(MotiveInDoubt, root.GetProperty("motiveInDoubt"), true);
        AddAll(VictimsWords, root.GetProperty("victimsWords"), true);
        var cellMembers = root.GetProperty("cellMembers");
        AddAll(CellNouns, cellMembers.GetProperty("cells"), true);
        AddAll(CellOpeners, cellMembers.GetProperty("openers"), true);
        AddAll(PronounArrests, cellMembers.GetProperty("pronounArrests"), true);
        AddAll(FighterNouns, root.GetProperty("fighterNouns"), true);
        AddAll(StatementOpeners, root.GetProperty("statementOpeners"), true);
        AddAll(ListContinuationNouns, root.GetProperty("listContinuationNouns"), true);
        AddAll(EarlierTollNames, root.GetProperty("earlierTollNames"), true);
        AddAll(AppositionPronouns, root.GetProperty("appositionPronouns"), true);
        AddAll(TallyCues, root.GetProperty("tallyCues"), true);
        AddAll(TallyStrongCues, root.GetProperty("tallyStrongCues"), true);
        var resultsDocuments = root.GetProperty("resultsDocuments");
        ResultsDocuments = WordSet(resultsDocuments.GetProperty("documents"));
        ResultsReports = WordSet(resultsDocuments.GetProperty("reports"));
        ResultsReportsOf = WordSet(resultsDocuments.GetProperty("reportsOf"));
        AddAll(ForeignScope, root.GetProperty("foreignScope"), true);
        AddAll(Others, root.GetProperty("others"), true);
        AddAll(OfThem, root.GetProperty("ofThem"), true);
        AddAll(Headcounts, root.GetProperty("headcounts"), true);
        AddAll(BreakdownCues, root.GetProperty("breakdownCues"), true);
        var additiveOne = root.GetProperty("additiveOne");
        AddAll(AdditiveConnectors, additiveOne.GetProperty("connectors"), true);
        AddAll(AdditiveOnes, additiveOne.GetProperty("one"), true);
        AddAll(AmongTheCounted, root.GetProperty("amongTheCounted"), true);
        AddAll(RelatedNews, root.GetProperty("relatedNews"), true);
        AddAll(RelatedNews, root.GetProperty("pageTagLabels"), true);
        AddAll(CompanionWith, root.GetProperty("companionWith"), true);
        AddAll(OneOfThem, root.GetProperty("oneOfThem"), true);
        AddAll(OrganisationHeads, root.GetProperty("organisationHeads"), true);
        AddAll(AttackDoers, root.GetProperty("attackDoers"), true);
        AddAll(BackReferences, root.GetProperty("backReferences"), true);
        AddAll(AnotherOperation, root.GetProperty("anotherOperation"), true);
        AddAll(OrdinalOneMore, root.GetProperty("ordinalOneMore"), true);
        AddAll(TwoMore, root.GetProperty("twoMore"), true);
        AddAll(IsisOrgs, root.GetProperty("isisOrgs"), CasualtySide.Isis);
        AddAll(SecurityOrgs, root.GetProperty("securityOrgs"), CasualtySide.Security);
        foreach (var r in root.GetProperty("reporters").EnumerateObject())
        {
            AddAll(Reporters, r.Value, r.Name);
        }
        foreach (var a in root.GetProperty("actors").EnumerateObject())
        {
            AddAll(Actors, a.Value, a.Name);
        }
        AddAll(OperationsCommandPrefix, root.GetProperty("operationsCommandPrefix"), true);
        var companions = root.GetProperty("companions");
        AddAll(Companions, companions.GetProperty("sameSide"), false);
        AddAll(Companions, companions.GetProperty("civilian"), true);
        AddAll(NameFillers, root.GetProperty("nameFillers"), true);
        AddAll(NameIntroducers, root.GetProperty("nameIntroducers"), true);
        AddAll(Ranks, root.GetProperty("ranks").GetProperty("words"), true);
        AddAll(WarRemnants, root.GetProperty("warRemnants").GetProperty("words"), true);
        var nonEvents = root.GetProperty("nonEventObjects");
        AddAll(NonEventObjects, nonEvents.GetProperty("words"), true);
        AddAll(NonEventDirectObjects, nonEvents.GetProperty("directOnly"), true);
        AddAll(KinOfTheDead, nonEvents.GetProperty("kinOfTheDead"), true);
        foreach (var form in Words(nonEvents.GetProperty("releaseVerbs")).SelectMany(lemma => Text.VerbForms.Of(lemma).Prepend(lemma)).Distinct())
        {
            ReleaseVerbs.Add(form, true);
        }
        ReleasePrepositions = WordSet(nonEvents.GetProperty("releasePreposition"));
        AddAll(Anniversaries, root.GetProperty("anniversaries").GetProperty("words"), true);
        AnniversaryRelatives = WordSet(root.GetProperty("anniversaries").GetProperty("eventRelatives"));
        AddAll(CrimeRoles, root.GetProperty("crimeRoles").GetProperty("words"), true);
        var executions = root.GetProperty("executions");
        // Every person of the past, though the same forms are also killing triggers (AddConjugations leaves those out).
        foreach (var form in Words(executions.GetProperty("verbs")).SelectMany(lemma => Text.VerbForms.Of(lemma).Prepend(lemma)).Distinct())
        {
            ExecutionVerbs.Add(form, true);
            Executions.Add(form, true);
        }
        AddAll(ExecutionVerbs, executions.GetProperty("imperfect"), true);
        AddAll(Executions, executions.GetProperty("imperfect"), true);
        AddAll(Executions, executions.GetProperty("nouns"), true);
        var ownBlasts = root.GetProperty("ownBlasts");
        AddAll(OwnBlastExplosions, ownBlasts.GetProperty("explosions"), true);
        AddAll(OwnBlastDevices, ownBlasts.GetProperty("devices"), true);
        AddAll(JudicialWords, root.GetProperty("judicialExecutions").GetProperty("judicialWords"), true);
        AddConjugations(AttackVerbs, root.GetProperty("attackVerbs").GetProperty("words"), true);
        VictimNounsNotAfter = WordSet(root.GetProperty("victimNouns").GetProperty("notAfter"));
        AnotherOne = WordSet(root.GetProperty("anotherOne"));
        PreliminaryTollNouns = WordSet(root.GetProperty("preliminaryTolls").GetProperty("nouns"));
        PreliminaryTollMarks = WordSet(root.GetProperty("preliminaryTolls").GetProperty("marks"));
        LaunchesNotAfter = WordSet(root.GetProperty("operationLaunches").GetProperty("notAfter"));
        AddAll(FleeingRest, root.GetProperty("fleeingRest"), true);
        AddAll(ConfrontedThem, root.GetProperty("confrontedThem"), true);
        ObjectPronounsThem = WordSet(root.GetProperty("objectPronounsThem"));
        var prepositionPronoun = root.GetProperty("arrestedByPrepositionPronoun");
        ArrestHeadsWithPreposition = WordSet(prepositionPronoun.GetProperty("heads"));
        PrepositionWithHim = WordSet(prepositionPronoun.GetProperty("one"));
        PrepositionWithThemTwo = WordSet(prepositionPronoun.GetProperty("two"));
        ArrestNotDoneBefore = WordSet(prepositionPronoun.GetProperty("notAfter"));
        BothOutcomesHeads = WordSet(root.GetProperty("bothOutcomes").GetProperty("heads"));
        BothOutcomesBetween = WordSet(root.GetProperty("bothOutcomes").GetProperty("between"));
        AddAll(ClaimMarkers, root.GetProperty("claimMarkers"), true);
        AddAll(AdditiveOpeners, root.GetProperty("additiveOpeners"), true);
        AddAll(AnaphoricStrikes, root.GetProperty("anaphoricStrikes"), true);
        AddAll(FightingBetween, root.GetProperty("fightingBetween"), true);
        foreach (var category in root.GetProperty("victimNouns").EnumerateObject().Where(c => c.Name is not "about" and not "notAfter"))
        {
            var c = Enum.Parse<CasualtyCategory>(category.Name, ignoreCase: true);
            AddAll(VictimNouns, category.Value.GetProperty("singular"), (c, GrammaticalNumber.Singular));
            AddAll(VictimNouns, category.Value.GetProperty("dual"), (c, GrammaticalNumber.Dual));
        }
        AddAll(HeadSkips, root.GetProperty("headSkips"), true);
        ElativesOfOne = WordSet(root.GetProperty("elativesOfOne"));
        AddAll(PostposedQualifiers, root.GetProperty("postposedQualifiers").GetProperty("words"), true);
        AddAll(Elatives, root.GetProperty("elatives"), true);
        AddAll(AnnouncementVerbs, root.GetProperty("announcementVerbs"), true);
        AddAll(SegmentConnectors, root.GetProperty("segmentConnectors"), true);
        // A span back to an earlier event (lexicon recalledEvents) cuts a clause as a connector does; its value, false, tells it apart.
        AddAll(SegmentConnectors, root.GetProperty("recalledEvents").GetProperty("words"), false);
        AddAll(Directions, root.GetProperty("directions"), true);
        AddAll(PlaceTitles, root.GetProperty("placeTitles"), true);
        ContainerWords = WordSet(root.GetProperty("containerWords"));
        SectorNouns = WordSet(root.GetProperty("sectorNouns"));
        NeighbourhoodNouns = WordSet(root.GetProperty("neighbourhoodNouns"));
        PartnerCommandCues = WordSet(root.GetProperty("partnerCommandCues"));
        PartnerWith = WordSet(root.GetProperty("partnerWith"));
        ContainmentWords = WordSet(root.GetProperty("containmentWords"));
        var provinceNouns = root.GetProperty("provinceNouns");
        ProvinceNoun = WordSet(provinceNouns.GetProperty("singular"));
        DestinationNouns = WordSet(root.GetProperty("destinationNouns"));
        SiteNouns = WordSet(root.GetProperty("siteNouns"));
        SourceNouns = WordSet(root.GetProperty("sourceNouns"));
        DistanceUnits = WordSet(root.GetProperty("distanceUnits"));
        BetweenWords = WordSet(root.GetProperty("betweenWords"));
        ProvinceNouns = WordSet(provinceNouns.GetProperty("singular"), provinceNouns.GetProperty("dual"), provinceNouns.GetProperty("plural"));
        PlaceKindNouns = WordSet(root.GetProperty("placeKindNouns"));
        AddAll(Martyrdom, root.GetProperty("martyrdom"), true);
        AddAll(WeakKinds, root.GetProperty("weakKinds"), true);
        AddAll(AnotherMarkers, root.GetProperty("anotherMarkers"), true);
        AddAll(Designators, root.GetProperty("designators"), true);
        AddAll(BorderCues, root.GetProperty("borderCues"), true);
        AddAll(IsisTitles, root.GetProperty("isisTitles"), true);
        AddAll(MultipleEvents, root.GetProperty("multipleEvents"), true);
        AddAll(PluralAttackNouns, root.GetProperty("pluralAttackNouns"), true);
        AddAll(ResearchSources, root.GetProperty("researchSources"), true);
        AddAll(Claims, root.GetProperty("claims"), true);
        AddAll(WeaponNouns, root.GetProperty("weaponNouns"), true);
        AddAll(CountedThings, root.GetProperty("countedThings"), true);
        AddAll(IdentityPronouns, root.GetProperty("identityPronouns"), true);
        AddAll(SoCalled, root.GetProperty("soCalled"), true);
        AddAll(SelfBlastWords, root.GetProperty("selfBlastWords"), true);
        AddAll(ClaimEnds, root.GetProperty("claimEnds"), true);
        AddAll(StatisticHeads, root.GetProperty("statisticHeads"), true);
        AddAll(CasualtyMonitors, root.GetProperty("casualtyMonitors"), true);
        AddAll(EventReferences, root.GetProperty("eventReferences"), true);
        AddAll(CivilianTargets, root.GetProperty("civilianTargets"), true);
        AddAll(PerpetratorMarkers, root.GetProperty("perpetratorMarkers"), true);
        AddAll(Quantifiers, root.GetProperty("quantifiers"), true);
        AddAll(GunmenNouns, root.GetProperty("gunmenNouns"), true);
        AddAll(NonIsisContext, root.GetProperty("nonIsisContext"), true);
        AddAll(OtherConflicts, root.GetProperty("otherConflicts"), true);
        AddAll(IsisNames, root.GetProperty("isisNames"), true);
        AddAll(OtherAgents, root.GetProperty("otherAgents"), true);
        AddAll(OutletNames, root.GetProperty("outletNames"), true);
        OutletTails = WordSet(root.GetProperty("outletTails"));
        var attribution = root.GetProperty("attackAttribution");
        AddAll(AttackAttributors, attribution.GetProperty("attributors"), true);
        AddAll(NoClaimCues, attribution.GetProperty("noClaim"), true);
        AddAll(AttackMeans, attribution.GetProperty("means"), true);
        AddAll(ExplosionWords, attribution.GetProperty("explosions"), true);
        AddAll(BlameWords, attribution.GetProperty("blame"), true);
        AddAll(OtherDoers, attribution.GetProperty("otherDoers"), true);
        AddAll(AttackReferences, attribution.GetProperty("references"), true);
        AddAll(FutureCues, root.GetProperty("futureCues"), true);
        AddAll(HabitualCues, root.GetProperty("habitualCues"), true);
        AddAll(ChargeWords, root.GetProperty("chargeWords"), true);
        AddAll(TerrorCharges, root.GetProperty("terrorCharges"), true);
        AddAll(CrimeCharges, root.GetProperty("crimeCharges"), true);
        AddAll(StatementContinuations, root.GetProperty("statementContinuations"), true);
        var losses = root.GetProperty("lossesEnumeration");
        LossesTotallers = WordSet(losses.GetProperty("totallers"));
        LossesNouns = WordSet(losses.GetProperty("losses"));
        LossesIntroducers = WordSet(losses.GetProperty("introducers"));
        LossesDisclosures = WordSet(losses.GetProperty("disclosures"));
        AddAll(ElaborationOpeners, root.GetProperty("elaborationOpeners"), true);
        AddAll(QuoteOpeners, root.GetProperty("quoteOpeners"), true);
        AddAll(StatementCitations, root.GetProperty("statementCitations"), true);
        AddAll(DoerFirstVerbs, root.GetProperty("doerFirstVerbs").GetProperty("words"), true);
        AddAll(GroupFractions, root.GetProperty("groupFractions").GetProperty("half"), 2);
        AddAll(GroupFractions, root.GetProperty("groupFractions").GetProperty("third"), 3);
        AddAll(GroupFractions, root.GetProperty("groupFractions").GetProperty("quarter"), 4);
        AddAll(GenericPeople, root.GetProperty("genericPeople"), true);
        AddAll(OnePerson, root.GetProperty("onePerson"), true);
        AddAll(IraqScope, root.GetProperty("iraqScope"), true);
        AddAll(NationwideScope, root.GetProperty("nationwideScope"), true);
        AddAll(DestroyedParticiples, root.GetProperty("destroyedParticiples"), true);
        AddAll(CorrectionCues, root.GetProperty("correctionCues"), true);
        AddAll(ComparisonCues, root.GetProperty("comparisonCues"), true);
        AddAll(IsisOperationQualifiers, root.GetProperty("isisOperationQualifiers"), true);
        AddAll(CarryOutVerbs, root.GetProperty("carryOutVerbs"), true);
        AddAll(FoilCues, root.GetProperty("foilCues"), true);
        AddAll(NegatedOutcomes, root.GetProperty("negatedOutcomes"), true);
        AddAll(OutletHeads, root.GetProperty("outletHeads"), true);
        AddAll(PostposedAlso, root.GetProperty("postposedAlso"), true);
        PartnerWords = WordSet(root.GetProperty("partnerWords"));
        AddAll(LossNouns, root.GetProperty("lossNouns"), true);
        AddAll(StrengthCues, root.GetProperty("strengthCues"), true);
        var countReached = root.GetProperty("countReached");
        AddAll(CountNouns, countReached.GetProperty("count"), true);
        AddAll(ReachedVerbs, countReached.GetProperty("reached"), true);
        AddAll(ExistentialCues, root.GetProperty("existentialCues"), true);
        DayRangeConnectors = WordSet(root.GetProperty("dayRangeConnectors"));
        AddAll(VenueNouns, root.GetProperty("venueNouns"), true);
        AddAll(BattleNouns, root.GetProperty("battleNouns"), true);
        AddAll(WholeBattle, root.GetProperty("wholeBattle"), true);
        AddAll(FromTheLaunch, root.GetProperty("fromTheLaunch"), true);
        var newForces = root.GetProperty("newForces");
        NewForceNouns = WordSet(newForces.GetProperty("nouns"));
        NewForceMarks = WordSet(newForces.GetProperty("marks"));
        Demonstratives = WordSet(root.GetProperty("demonstratives"));
        AddAll(InflictVerbs, root.GetProperty("inflictVerbs"), true);
        AddAll(RanksNouns, root.GetProperty("ranksNouns"), true);
        AddAll(DuringIt, root.GetProperty("duringIt"), true);
        AddAll(RecentPeriods, root.GetProperty("recentPeriods"), true);
        AddAll(Confessions, root.GetProperty("confessions"), true);
        AddAll(TargetingVerbs, root.GetProperty("targetingVerbs"), true);
        AddAll(DoerInDoubt, root.GetProperty("doerInDoubt"), true);
        DuringWords = WordSet(root.GetProperty("attackAttribution").GetProperty("during"));
        var suicide = root.GetProperty("suicideDetonation");
        SuicideBombers = WordSet(suicide.GetProperty("bombers"));
        DetonationVerbs = WordSet(suicide.GetProperty("verbs"));
        DetonatedSelves = WordSet(suicide.GetProperty("selves"));
        ResultVerbs = WordSet(root.GetProperty("resultVerbs"));
        Superlatives = WordSet(root.GetProperty("superlatives"));
        foreach (var o in root.GetProperty("officialOutlets").EnumerateObject())
        {
            AddAll(OfficialOutlets, o.Value, o.Name);
        }
        foreach (var part in root.GetProperty("periodParts").EnumerateArray())
        {
            var months = (part.GetProperty("from").GetInt32(), part.GetProperty("to").GetInt32());
            AddAll(PeriodParts, part.GetProperty("names"), months);
        }
        YearRangeWords = WordSet(root.GetProperty("yearRangeWords"));
        ShortPeriodWords = [.. WordSet(root.GetProperty("shortPeriodWords")).Order(StringComparer.Ordinal)];
        BackgroundOpeners = WordSet(root.GetProperty("backgroundOpeners"));
        SameClauseAfterComma = WordSet(root.GetProperty("sameClauseAfterComma").GetProperty("words"));
        NumeralOne = WordSet(root.GetProperty("numeralOne"));
        OriginBeforeOne = WordSet(root.GetProperty("originBeforeOne"));
        AddAll(LengthWords, root.GetProperty("lengthWords"), true);
        LengthUnits = WordSet(root.GetProperty("lengthUnits"));
        SubjectOpeners = WordSet(root.GetProperty("subjectOpeners"));
        NearbyWords = WordSet(root.GetProperty("nearbyWords"));
        NearbyFrom = WordSet(root.GetProperty("nearbyFrom"));
        ProvincesNamedByNoCity = WordSet(root.GetProperty("provincesNamedByNoCity"));
        DiedOfTheWounded = WordSet(root.GetProperty("diedOfTheWounded"));
        CapitalsBearingLeaves = WordSet(root.GetProperty("capitalsBearingLeaves"));
        CompassPoints = WordSet(root.GetProperty("compassPoints"));
        ForcesCallingTheirMenFighters = Words(root.GetProperty("forcesCallingTheirMenFighters")).ToHashSet(StringComparer.Ordinal);
        FoundOnVerbs = WordSet(root.GetProperty("foundOnVerbs"));
        AdministrativeBounds = WordSet(root.GetProperty("administrativeBounds"));
        NaturalDeathWords = WordSet(root.GetProperty("naturalDeathWords"));
        AdverbialAccusatives = WordSet(root.GetProperty("adverbialAccusatives"));
        CommandNouns = [.. WordSet(root.GetProperty("commandNouns")).Order(StringComparer.Ordinal)];
        BareCountEnds = WordSet(root.GetProperty("bareCountEnds"));
        PrepositionsBeforeIsis = WordSet(root.GetProperty("prepositionsBeforeIsis"));
        ForceAfterNounPrepositions = WordSet(root.GetProperty("forceAfterNounPrepositions"));
        RanksBetween = WordSet(root.GetProperty("ranksBetween"));
        TownNounsBeforeProvinceNames = WordSet(root.GetProperty("townNounsBeforeProvinceNames"));
        LineWrapWords = WordSet(root.GetProperty("lineWrapWords"));
        OfficeTitles = WordSet(root.GetProperty("officeTitles"));
        OfficeChainWords = WordSet(root.GetProperty("officeChainWords"));
        SpeechComplementisers = WordSet(root.GetProperty("speechComplementisers"));
        CampaignLaunchVerbs = WordSet(root.GetProperty("campaignLaunchVerbs"));
        AddAll(AsideOpeners, root.GetProperty("asideOpeners"), true);
        RelativePronouns = WordSet(root.GetProperty("relativePronouns"));
        ArrestedParticiples = WordSet(root.GetProperty("arrestedParticiples"));
        IsisTies = WordSet(root.GetProperty("isisTies"));
        AttackPlacePrepositions = WordSet(root.GetProperty("attackPlacePrepositions"));
        FrontedDayPrepositions = WordSet(root.GetProperty("frontedDayPrepositions"));
        SpanEnds = WordSet(root.GetProperty("spanEnds"));
        SpanEndNouns = WordSet(root.GetProperty("spanEndNouns"));
        NightWords = WordSet(root.GetProperty("nightWords"));
        foreach (var w in Words(root.GetProperty("aimOnlyHideoutTriggers")))
        {
            foreach (var form in Text.VerbForms.Of(w).Prepend(w))
            {
                AimOnlyHideoutTriggers.Add(form, true);
            }
        }
        AddAll(HideoutRuinWords, root.GetProperty("hideoutRuinWords"), true);
        LaunchSpanOpeners = WordSet(root.GetProperty("launchSpanOpeners"));
        LaunchSpanUnits = WordSet(root.GetProperty("launchSpanUnits"));
        UncountedCompanions = WordSet(root.GetProperty("uncountedCompanions"));
        DaySpanOpeners = WordSet(root.GetProperty("daySpanOpeners"));
        EitherOr = WordSet(root.GetProperty("eitherOr"));
        RateWords = WordSet(root.GetProperty("rateWords"));
        AddAll(ClaimVerbs, root.GetProperty("claimVerbs"), true);
        ScatteredAdjectives = WordSet(root.GetProperty("scatteredAdjectives"));
        HourAndDayWindows = [.. WordSet(root.GetProperty("hourAndDayWindows")).Order(StringComparer.Ordinal)];
        ComplementizersWithPronoun = WordSet(root.GetProperty("complementizersWithPronoun"));
        WindowOpeners = WordSet(root.GetProperty("windowOpeners"));
        WeekOrLongerUnits = WordSet(root.GetProperty("weekOrLongerUnits"));
        AddAll(RemnantNouns, root.GetProperty("remnantNouns"), true);
        var spans = root.GetProperty("victimSpans");
        AddAll(SpanOpeners, spans.GetProperty("openers"), true);
        AddAll(SinceStarts, spans.GetProperty("sinceStarts"), true);
        AddAll(SinceStarts, spans.GetProperty("sinceDatePoints"), true);
        SpanUnits = WordSet(spans.GetProperty("units"));
        SpanDefiniteUnits = WordSet(spans.GetProperty("definiteUnits"));
        SpanSkips = WordSet(spans.GetProperty("skips"));
        SpanElatives = WordSet(spans.GetProperty("elatives"));
        LocalityNouns = WordSet(root.GetProperty("localityNouns"));
        PlaceNounsAfterBi = WordSet(root.GetProperty("placeNounsAfterBi"));
        var closing = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ordinal in root.GetProperty("closingOrdinals").EnumerateArray())
        {
            foreach (var name in Words(ordinal.GetProperty("names")))
            {
                closing[Text.ArabicNormalizer.NormalizeTerm(name)] = ordinal.GetProperty("value").GetInt32();
            }
        }
        ClosingOrdinals = closing;
        LastingStates = WordSet(root.GetProperty("lastingStates"));
        ResultsNouns = WordSet(root.GetProperty("resultsNouns"));
        var ownersMen = root.GetProperty("ownersMen");
        OwnersMenNouns = WordSet(ownersMen.GetProperty("nouns"));
        OwnersLossNouns = WordSet(ownersMen.GetProperty("lossNouns"));
        OwnersResumptivePlaces = WordSet(ownersMen.GetProperty("resumptivePlaces"));
        AddAll(CountJoiners, root.GetProperty("countJoiners"), true);
        AddAll(IsisKillingDeeds, root.GetProperty("isisKillingDeeds").GetProperty("words"), true);
        IsisKillingBareForms = WordSet(root.GetProperty("isisKillingDeeds").GetProperty("bareForms"));
        var harm = root.GetProperty("isisHarmDeeds");
        IsisHarmVerbs = Conjugated(harm.GetProperty("verbs"));
        IsisHarmNouns = WordSet(harm.GetProperty("nouns"));
        HarmAuxiliaries = Conjugated(harm.GetProperty("auxiliaries"));
        ForcesTakePlaceVerbs = Conjugated(root.GetProperty("forcesTakePlace"));
        var pursuit = root.GetProperty("pursuitOfAnAttack");
        PursuitPurposes = WordSet(pursuit.GetProperty("purposes"));
        PursuedDoers = WordSet(pursuit.GetProperty("pursued"));
        PursuitScenes = WordSet(pursuit.GetProperty("scenes"));
        PursuitIncidents = WordSet(pursuit.GetProperty("incidents"));
        PursuitAreas = WordSet(pursuit.GetProperty("areas"));
        var lying = root.GetProperty("lyingWords");
        LyingWords = WordSet(lying.GetProperty("words"));
        LyingRelatives = WordSet(lying.GetProperty("relatives"));
        var samePlace = root.GetProperty("samePlace");
        SamePlaceNouns = WordSet(samePlace.GetProperty("placeNouns"));
        SamePlaceIntensifiers = WordSet(samePlace.GetProperty("intensifiers"));
        var countryAreas = root.GetProperty("countryAreas");
        CountryAreaNouns = WordSet(countryAreas.GetProperty("areaNouns"));
        CountryDispersalWords = WordSet(countryAreas.GetProperty("dispersalWords"));
        CountryNouns = WordSet(countryAreas.GetProperty("countryNouns"));
        var leadersAmong = root.GetProperty("leadersAmongTheDead");
        IsisLeaderNouns = WordSet(leadersAmong.GetProperty("leaderNouns"));
        AddAll(InclusionCues, leadersAmong.GetProperty("inclusionCues"), true);
        SplitVerbs = WordSet(root.GetProperty("splitVerbs"));
        var deathIdiom = root.GetProperty("deathIdiom");
        DeathIdiomVerbs = WordSet(deathIdiom.GetProperty("verbs"));
        DeathIdiomObjects = WordSet(deathIdiom.GetProperty("objects"));
        ArrestLeadingVerbs = WordSet(root.GetProperty("arrestLeadingVerbs"));
        var several = root.GetProperty("severalIncidents");
        SeveralIncidentNouns = WordSet(several.GetProperty("nouns"));
        OneAttackNouns = WordSet(root.GetProperty("oneAttackNouns"));
        TimeStampWords = WordSet(root.GetProperty("timeStampWords"));
        TollNouns = WordSet(root.GetProperty("tollNouns"));
        SimilarMarkers = WordSet(root.GetProperty("similarMarkers"));
        SeveralIncidentAdjectives = WordSet(several.GetProperty("adjectives"), root.GetProperty("scatteredAdjectives"));
        SeveralIncidentSeries = WordSet(several.GetProperty("series"));
        SeveralIncidentExpanses = WordSet(several.GetProperty("expanses"));
        var isisSpeech = root.GetProperty("isisSpeech");
        IsisSpeechVerbs = WordSet(isisSpeech.GetProperty("verbs"));
        IsisSpeechNouns = WordSet(isisSpeech.GetProperty("nouns"));
        IsisAgencies = WordSet(isisSpeech.GetProperty("agencies"));
        var ownPlaceOrDay = root.GetProperty("ownPlaceOrDay");
        AddAll(OwnPlaces, ownPlaceOrDay.GetProperty("placeNouns"), true);
        AddAll(OwnDays, ownPlaceOrDay.GetProperty("dayWords"), true);
        AddAll(OwnWeekdays, ownPlaceOrDay.GetProperty("weekdays"), true);
        AddAll(VictimNounGovernors, root.GetProperty("victimNounGovernors"), true);
        AddAll(ShellingWords, root.GetProperty("shellingWords"), true);
        var cellArrestTold = root.GetProperty("cellArrestTold");
        CellMemberNouns = WordSet(cellArrestTold.GetProperty("memberNouns"));
        CellGroupNouns = WordSet(cellArrestTold.GetProperty("groupNouns"));
        var crimeTopics = root.GetProperty("crimeTopics");
        CrimeKinds = WordSet(crimeTopics.GetProperty("kinds"));
        CrimeNouns = WordSet(crimeTopics.GetProperty("nouns"));
        var campaignEnds = root.GetProperty("campaignEnds");
        CampaignEndings = WordSet(campaignEnds.GetProperty("endings"));
        CampaignEndNouns = WordSet(campaignEnds.GetProperty("campaigns"));
        CampaignEndNotAfter = WordSet(campaignEnds.GetProperty("notAfter"));
        TheOperation = WordSet(root.GetProperty("oneOperationResults").GetProperty("operations"));
        var launchedBefore = root.GetProperty("launchedBefore");
        LaunchRelatives = WordSet(launchedBefore.GetProperty("relatives"));
        LaunchVerbs = WordSet(launchedBefore.GetProperty("verbs"));
        LaunchDaysBack = WordSet(launchedBefore.GetProperty("daysBack"));
        var courtSentences = root.GetProperty("courtSentences");
        PenaltyNouns = WordSet(courtSentences.GetProperty("penaltyNouns"));
        DefinitePenalties = WordSet(courtSentences.GetProperty("definitePenalties"));
        Judgements = WordSet(courtSentences.GetProperty("judgements"));
        ShellingReferences = WordSet(root.GetProperty("shellingReferences"));
        LowerBoundWords = WordSet(root.GetProperty("lowerBounds").GetProperty("words"));
        var judiciaryWanted = root.GetProperty("judiciaryWanted");
        WantedNouns = WordSet(judiciaryWanted.GetProperty("wanted"));
        JudiciaryWords = WordSet(judiciaryWanted.GetProperty("judiciary"));
        WantedSuperlatives = WordSet(judiciaryWanted.GetProperty("superlatives"));
        LossesNounsList = LossesNouns.All(word => PhraseFirstWords.Starts(word, LossNouns.Number)) ? LossNouns.Number : -1;
        TheOperationList = SentenceBitsList(TheOperation);
        PursuitWordsList = SentenceBitsList(PursuitPurposes, PursuitScenes, PursuitAreas);
        SeveralIncidentsList = SentenceBitsList(SeveralIncidentExpanses, SeveralIncidentNouns);
        CountryAreaNounsList = SentenceBitsList(CountryAreaNouns);
        LaunchVerbsList = SentenceBitsList(LaunchVerbs);
    }

    /// <summary>
    /// A new list number whose first words are the words of <paramref name="sets"/>, kept for the sentences' bits only (no
    /// phrase matcher holds it): a walk that asks these sets of every word of a sentence first asks the sentence's bit
    /// (<see cref="Rules.ReportText.MayHoldList"/>), and a sentence none of whose words may read as one of them is answered
    /// without the walk. Exact: a word whose <c>Readings</c> (the word itself first) or <c>ReadingsKeepingArticle</c> is in
    /// a set has the list's bit (<see cref="PhraseFirstWords.MatchersStartedBy"/> unites the bits of its <c>Stems</c>,
    /// which begin with its <c>Readings</c>, and of its <c>ReadingsKeepingArticle</c>), and so has its sentence. A number
    /// past the sentences' bits gives no gate: every sentence is walked, as before.
    /// </summary>
    private static int SentenceBitsList(params SignedWordSet[] sets)
    {
        var number = PhraseFirstWords.NewMatcher();
        foreach (var set in sets)
        {
            foreach (var word in set)
            {
                PhraseFirstWords.Add(word, number);
            }
        }
        return number;
    }

    public static ExtractionLexicon Default => Lazy.Value;

    public PhraseMatcher<CasualtyCategory> CasualtyTriggers { get; } = new();
    public PhraseMatcher<bool> DestroyTriggers { get; } = new();
    public PhraseMatcher<bool> FoundTriggers { get; } = new();
    public PhraseMatcher<bool> DestroyAfterFind { get; } = new();
    public PhraseMatcher<CasualtyCategory> CategoryNouns { get; } = new();
    public PhraseMatcher<PersonNoun> Persons { get; } = new();
    public PhraseMatcher<HideoutNoun> Hideouts { get; } = new();
    public PhraseMatcher<GrammaticalNumber> StrikeNouns { get; } = new();
    /// <summary>
    /// "شخصا يرتبط بتنظيم داعش": one person at large, an ISIS member when the words after him say so. Declared here,
    /// among the lists the figure finder's implicit readers start from, so that it is numbered below 128 however many
    /// lists are added later (<see cref="PhraseMatcher{T}"/> numbers lists in the order they are made; see
    /// LexiconListNumberTests).
    /// </summary>
    public PhraseMatcher<bool> OnePerson { get; } = new();
    public PhraseMatcher<bool> OperationNouns { get; } = new();
    public PhraseMatcher<bool> AttackNouns { get; } = new();
    public PhraseMatcher<OperationKind> Kinds { get; } = new();
    /// <summary>"يوم"، "يومين"، "ثلاثة أيام": how many days lie between two events in "بعد يومين من كمين مشابه".</summary>
    public PhraseMatcher<int> DaysBetweenEvents { get; } = new();
    /// <summary>"من"، "على": what follows the days in "بعد يومين من كمين"، "بعد يومين على مقتل خمسة".</summary>
    public PhraseMatcher<bool> DaysBetweenPrepositions { get; } = new();
    public PhraseMatcher<bool> AttackContext { get; } = new();
    public PhraseMatcher<bool> IsisAgent { get; } = new();
    public PhraseMatcher<bool> UnknownAgent { get; } = new();

    /// <summary>"لم يعرف إن كانت دوافعه إرهابية أم جنائية": words that say a blast's or a killing's motive is not known.</summary>
    public PhraseMatcher<bool> MotiveInDoubt { get; } = new();

    /// <summary>Words for an attack's victims (lexicon victimsWords): a count after them whose noun says no side is of victims.</summary>
    public PhraseMatcher<bool> VictimsWords { get; } = new();

    /// <summary>Cell nouns (lexicon cellMembers.cells): see FigureFinder.CellMembersArrested.</summary>
    public PhraseMatcher<bool> CellNouns { get; } = new();

    /// <summary>Words of what a cell is made of, right before its size (lexicon cellMembers.openers).</summary>
    public PhraseMatcher<bool> CellOpeners { get; } = new();

    /// <summary>Arrest words with a plural pronoun, "them" (lexicon cellMembers.pronounArrests).</summary>
    public PhraseMatcher<bool> PronounArrests { get; } = new();

    /// <summary>Explosion words after a count of ISIS killed (lexicon ownBlasts.explosions): see IsisOwnDeaths.KilledByTheirOwnBlast.</summary>
    public PhraseMatcher<bool> OwnBlastExplosions { get; } = new();

    /// <summary>ISIS's own devices (lexicon ownBlasts.devices): car bombs, roadside bombs, suicide belts.</summary>
    public PhraseMatcher<bool> OwnBlastDevices { get; } = new();
    /// <summary>Fighters: the word the PMF, the Peshmerga and the tribal forces use for their own men.</summary>
    public PhraseMatcher<bool> FighterNouns { get; } = new();
    /// <summary>"وأضاف", "وقال": a reporting verb with و that opens the next statement, after a comma as after a full stop.</summary>
    public PhraseMatcher<bool> StatementOpeners { get; } = new();
    /// <summary>"وتدمير", "واعتقال": a verbal noun with و opening a sentence goes on with the list of the sentence before.</summary>
    public PhraseMatcher<bool> ListContinuationNouns { get; } = new();

    /// <summary>"حصيلة سابقة": words by which a clause says the toll it gives is an earlier one, since superseded.</summary>
    public PhraseMatcher<bool> EarlierTollNames { get; } = new();

    /// <summary>"هم"، "وهم": the pronoun that may open the parts of a count told again by whose they are.</summary>
    public PhraseMatcher<bool> AppositionPronouns { get; } = new();
    public PhraseMatcher<bool> TallyCues { get; } = new();
    public PhraseMatcher<bool> TallyStrongCues { get; } = new();

    /// <summary>"الوثيقة"، "تقارير أمنية" (lexicon resultsDocuments): a document or report that carries the forces' figures; a tally told after it, no authority named, is the forces' (TallyAnnouncer).</summary>
    public SignedWordSet ResultsDocuments { get; }

    /// <summary>"تقرير"، "تقارير" (lexicon resultsDocuments.reports): a report, the forces' when a word of resultsDocuments.reportsOf ("أمنية"، "عسكري") follows.</summary>
    public SignedWordSet ResultsReports { get; }

    /// <summary>"أمنية"، "عسكري" (lexicon resultsDocuments.reportsOf): what makes a report the forces'.</summary>
    public SignedWordSet ResultsReportsOf { get; }
    public PhraseMatcher<bool> ForeignScope { get; } = new();
    public PhraseMatcher<bool> Others { get; } = new();
    public PhraseMatcher<bool> OfThem { get; } = new();

    /// <summary>"وعددهم"، "البالغ عددهما": the word right before a count that gives the number of people a pronoun points to.</summary>
    public PhraseMatcher<bool> Headcounts { get; } = new();
    public PhraseMatcher<bool> BreakdownCues { get; } = new();

    /// <summary>Additive phrases before "أحد" and a noun of people (lexicon additiveOne.connectors): one person more.</summary>
    public PhraseMatcher<bool> AdditiveConnectors { get; } = new();

    /// <summary>"أحد" after an additive phrase, with the preposition run onto it or not (lexicon additiveOne.one).</summary>
    public PhraseMatcher<bool> AdditiveOnes { get; } = new();

    /// <summary>"وبين القتلى", "من بين المعتقلين": before a count's category noun, people named among that count.</summary>
    public PhraseMatcher<bool> AmongTheCounted { get; } = new();

    /// <summary>
    /// "اقرأ أيضا", "أخبار ذات صلة": a line opened so is another article's headline; "الكلمات الدالة" (lexicon
    /// pageTagLabels): a line opened so lists the page's tags. Neither is a sentence of the report.
    /// </summary>
    public PhraseMatcher<bool> RelatedNews { get; } = new();

    /// <summary>"اعتقاله مع أحد مساعديه": "with" before the companions of the man a casualty word's pronoun names.</summary>
    public PhraseMatcher<bool> CompanionWith { get; } = new();

    /// <summary>"أحدهم هو القيادي المذكور": one of the people a count counts.</summary>
    public PhraseMatcher<bool> OneOfThem { get; } = new();

    /// <summary>"تنظيم", "جماعة": the head of an organisation's name told in quotation marks after a people noun.</summary>
    public PhraseMatcher<bool> OrganisationHeads { get; } = new();

    /// <summary>"هجوم شنه", "تفجيرات نفذها": a verb whose object pronoun is the attack, before the count of its attackers.</summary>
    public PhraseMatcher<bool> AttackDoers { get; } = new();

    /// <summary>"ضده", "بحقهم": a pronoun pointing back at the people just counted, in a figureless clause after them.</summary>
    public PhraseMatcher<bool> BackReferences { get; } = new();

    /// <summary>"قوة أخرى", "عملية أخرى": a clause that tells an operation of its own.</summary>
    public PhraseMatcher<bool> AnotherOperation { get; } = new();
    public PhraseMatcher<bool> OrdinalOneMore { get; } = new();
    /// <summary>"وأصيب آخران": the dual of "another", two more of the people just counted.</summary>
    public PhraseMatcher<bool> TwoMore { get; } = new();
    public PhraseMatcher<CasualtySide> IsisOrgs { get; } = new();
    public PhraseMatcher<CasualtySide> SecurityOrgs { get; } = new();
    public PhraseMatcher<string> Reporters { get; } = new();
    public PhraseMatcher<string> Actors { get; } = new();
    public PhraseMatcher<bool> OperationsCommandPrefix { get; } = new();

    /// <summary>Verbs that say when an operation took place ("الغارة جرت في 29 آب"): lexicon occurrenceVerbs.</summary>
    public PhraseMatcher<bool> OccurrenceVerbs { get; } = new();

    /// <summary>"في وقت سابق": an earlier time the text does not date (lexicon earlierUnspecified).</summary>
    public PhraseMatcher<bool> EarlierUnspecified { get; } = new();

    /// <summary>"أحد" before the definite noun of the wounded (lexicon oneOfTheWounded.one).</summary>
    public SignedWordSet OneOfThe { get; }

    /// <summary>"الجرحى": the wounded counted before (lexicon oneOfTheWounded.wounded).</summary>
    public SignedWordSet TheWounded { get; }

    /// <summary>"خسرت"، "فقدت": a verb of losing men; the subject owns the dead (lexicon lossVerbs).</summary>
    public PhraseMatcher<bool> LossVerbs { get; } = new();

    /// <summary>"متهمين"، "مطلوبين": people accused or wanted, no charge named (lexicon accusedNouns).</summary>
    public PhraseMatcher<bool> AccusedNouns { get; } = new();

    /// <summary>"مؤتمر صحفي": the place right after it is where an official spoke (lexicon pressConferences).</summary>
    public PhraseMatcher<bool> PressConferences { get; } = new();

    /// <summary>"أعلنا": a verb of telling a count announced before (lexicon announcedEarlier.verbs).</summary>
    public PhraseMatcher<bool> AnnouncedEarlierVerbs { get; } = new();

    /// <summary>"في حينها"، "سابقا": after a verb of telling, the telling was earlier (lexicon announcedEarlier.marks).</summary>
    public PhraseMatcher<bool> AnnouncedEarlierMarks { get; } = new();

    /// <summary>
    /// "بعد أيام على تفجير ...": the words after it tell an earlier event recalled, not the news (lexicon recalledEvents,
    /// kept in <see cref="SegmentConnectors"/> with the value false: a list of its own would be one more list to keep
    /// bits for on every token).
    /// </summary>
    public bool StartsARecall(Text.TokenList tokens, int i) => SegmentConnectors.MatchAt(tokens, i, allowArticleOnFirst: false) is { Value: false };

    /// <summary>"قبل ساعات": an operation done a few hours before the announcement, on the day named (lexicon hoursAgo).</summary>
    public PhraseMatcher<bool> HoursAgo { get; } = new();

    /// <summary>"تصريح"، "قال": words of speaking whose day, right after them, is the statement's (lexicon statementDayWords).</summary>
    public PhraseMatcher<bool> StatementDayWords { get; } = new();

    /// <summary>"انطلقت"، "انطلاق"، "شروع": words that tell an operation's launch (lexicon operationLaunches).</summary>
    public PhraseMatcher<bool> OperationLaunches { get; } = new();

    /// <summary>Verbs and the verbal noun of carrying out an operation ("نفذت القوات عملية"، "تواصل تنفيذ عملية"): lexicon operationCarriedOut.</summary>
    public PhraseMatcher<bool> OperationCarriedOut { get; } = new();

    /// <summary>Adjectives that make an operation ISIS's, not the forces' ("عملية إرهابية"، "عملية انتحارية").</summary>
    public SignedWordSet OperationsNotOurs { get; }

    /// <summary>"عملية"، "حملة": the singular nouns of one operation launched or carried out (lexicon provinceOfAnEvent.oneOperation).</summary>
    public SignedWordSet OneOperationNouns { get; }

    /// <summary>"التي"، "الذي": a relative before a launch verb makes it describe an operation, not tell one (lexicon provinceOfAnEvent.relatives).</summary>
    public SignedWordSet EventRelatives { get; }

    /// <summary>Prepositions written apart that may follow an operation carried out ("نفذت عملية في"، "عملية ضد").</summary>
    public SignedWordSet OperationPlacePrepositions { get; }

    /// <summary>"حملة أمنية": a campaign, launched as an operation is (lexicon operationLaunches.campaignNouns).</summary>
    public PhraseMatcher<bool> CampaignNouns { get; } = new();

    /// <summary>"تحرير"، "حررت": words of liberating a town (lexicon operationLaunches.liberations).</summary>
    public PhraseMatcher<bool> Liberations { get; } = new();

    /// <summary>"من سيطرة"، "من قبضة": from whose hold a town was liberated (lexicon operationLaunches.liberatedFrom).</summary>
    public PhraseMatcher<bool> LiberatedFrom { get; } = new();

    /// <summary>"منطقة"، "قرى": areas a liberation counts (lexicon liberatedWholes).</summary>
    public SignedWordSet LiberatedAreaNouns { get; }

    /// <summary>"تمكنت"، "نجحت": verbs of managing, before "من تحرير" a place taken (lexicon operationLaunches.accomplishedBy).</summary>
    public PhraseMatcher<bool> AccomplishedBy { get; } = new();

    /// <summary>"السيطرة على": taking control of a place, told as a word of liberation is (lexicon operationLaunches.takenControl).</summary>
    public PhraseMatcher<bool> TakenControl { get; } = new();

    /// <summary>"الوضع"، "الحريق": what a force controlled that is no place (lexicon operationLaunches.notTaken).</summary>
    public SignedWordSet NotTaken { get; }
    /// <summary>Relatives and aides counted with a named man ("ومعاونه"); true when the companion is a civilian (his wife).</summary>
    public PhraseMatcher<bool> Companions { get; } = new();
    public PhraseMatcher<bool> NameFillers { get; } = new();
    /// <summary>"إرهابيا يدعى ...", "القيادي المكنى ...": the words that introduce a man's name or alias after the noun.</summary>
    public PhraseMatcher<bool> NameIntroducers { get; } = new();
    public PhraseMatcher<bool> HeadSkips { get; } = new();

    /// <summary>"أهم"، "أبرز" (lexicon elativesOfOne; whole words): an elative whose indefinite singular noun after it names one man.</summary>
    public SignedWordSet ElativesOfOne { get; }
    /// <summary>"على الأقل"، "تقريبا" after a counted noun: stepped over to the words that say whose the people are.</summary>
    public PhraseMatcher<bool> PostposedQualifiers { get; } = new();

    /// <summary>"أخطر", "أبرز": a superlative before a definite plural names one of them ("أخطر القياديين" = one man).</summary>
    public PhraseMatcher<bool> Elatives { get; } = new();

    /// <summary>"أعلن", "صرح": verbs that tell a statement was made, not that an operation was carried out.</summary>
    public PhraseMatcher<bool> AnnouncementVerbs { get; } = new();
    public PhraseMatcher<bool> SegmentConnectors { get; } = new();
    public PhraseMatcher<bool> Directions { get; } = new();
    /// <summary>
    /// "شمال العاصمة بغداد", "شمال مدينة الرمادي": the title before a place's name, which a direction may stand
    /// before (not محافظة: "شمال محافظة صلاح الدين" is the north of the province, in it).
    /// </summary>
    public PhraseMatcher<bool> PlaceTitles { get; } = new();

    /// <summary>
    /// "ناحية العباسي التابعة لقضاء الحويجة": a word that says the place after it holds the place before it.
    /// Bare words (normalised), matched against a token's readings without a proclitic.
    /// </summary>
    public SignedWordSet ContainerWords { get; }

    /// <summary>"قاطع": the sector a force works in, before the province that names it (lexicon sectorNouns).</summary>
    public SignedWordSet SectorNouns { get; }

    /// <summary>"حي"، "محلة": a town's neighbourhood, whose bearing from the town lies inside it (lexicon neighbourhoodNouns).</summary>
    public SignedWordSet NeighbourhoodNouns { get; }

    /// <summary>"بالتنسيق"، "بالتعاون"، "بالاشتراك": working with another force, before "مع" and a command (readings).</summary>
    public SignedWordSet PartnerCommandCues { get; }

    /// <summary>"مع": the word between a partner cue and the command worked with (whole words).</summary>
    public SignedWordSet PartnerWith { get; }
    /// <summary>
    /// "قرية الرشاد التابعة لقضاء المقدادية في ديالى", "وادي X ضمن قاطع عمليات سامراء": the words between a place and the
    /// division or the operations sector that holds it (normalised).
    /// </summary>
    public SignedWordSet ContainmentWords { get; }

    /// <summary>"محافظة" (singular only): a province named as a province, not a direction from its capital.</summary>
    public SignedWordSet ProvinceNoun { get; }
    /// <summary>"نقلوا إلى مستشفى بعقوبة": where the wounded or the dead were taken, not where it happened (bare words).</summary>
    public SignedWordSet DestinationNouns { get; }

    /// <summary>
    /// "منطقة القادسية"، "منشأة المثنى"، "جسر ديالى": nouns of a site whose name, in construct after them, may be a
    /// province's (bare words; <see cref="Rules.PlaceDirections.IsDirectionOnly"/>).
    /// </summary>
    public SignedWordSet SiteNouns { get; }

    /// <summary>"مصدر أمني في محافظة كركوك", "مراسل السومرية نيوز في ديالى": who tells the news (bare words); the place after them is where they are.</summary>
    public SignedWordSet SourceNouns { get; }

    /// <summary>"على بعد 20 كم جنوب غربي كركوك": units of a distance told before a direction (bare words).</summary>
    public SignedWordSet DistanceUnits { get; }

    /// <summary>"بين محافظتي ديالى وصلاح الدين": the word before two provinces a place lies between (bare words).</summary>
    public SignedWordSet BetweenWords { get; }

    /// <summary>"محافظة", "محافظتي", "محافظات": the noun in any number, before the provinces it names.</summary>
    public SignedWordSet ProvinceNouns { get; }

    /// <summary>"صحراء", "جبال", "أطراف": a noun for a kind of place, before the name of the place.</summary>
    public SignedWordSet PlaceKindNouns { get; }

    public PhraseMatcher<bool> Martyrdom { get; } = new();

    /// <summary>Verbs of attacking in every person of the past ("نصبوا"، "هاجمت"): with an ISIS subject, ISIS is the attacker.</summary>
    public PhraseMatcher<bool> AttackVerbs { get; } = new();

    /// <summary>Old ordnance that kills without an attacker ("مخلفات الحرب"، "مقذوف"): no ISIS attack unless ISIS is named.</summary>
    public PhraseMatcher<bool> WarRemnants { get; } = new();

    /// <summary>
    /// Words whose object is a count of people and no operation ("أفرجت عن"، "تسلم"، "ذوي"، "رفات"، "شارك في"):
    /// released, handed over, the kin of old victims, remains, a part in a past crime.
    /// </summary>
    public PhraseMatcher<bool> NonEventObjects { get; } = new();

    /// <summary>Words that tell no operation only right before the count ("إعادة 60 معتقلا"), not before a casualty word.</summary>
    public PhraseMatcher<bool> NonEventDirectObjects { get; } = new();

    /// <summary>"أسر 25 شهيدا": families before a count of the dead (and "captured" before the living).</summary>
    public PhraseMatcher<bool> KinOfTheDead { get; } = new();

    /// <summary>Release verbs in every person of the past ("أفرجت السلطات، اليوم، عن 40 معتقلا"): the subject may stand before عن.</summary>
    public PhraseMatcher<bool> ReleaseVerbs { get; } = new();

    /// <summary>The preposition a release verb takes its people with (عن).</summary>
    public SignedWordSet ReleasePrepositions { get; }

    /// <summary>Relative pronouns that open the clause telling an anniversary's old event ("الذي"، "التي"، "راح").</summary>
    public SignedWordSet AnniversaryRelatives { get; }

    /// <summary>A person's part in a past crime ("متورط"، "شارك"، "مطلوب"): a year told after one dates the crime.</summary>
    public PhraseMatcher<bool> CrimeRoles { get; } = new();

    /// <summary>Anniversaries ("الذكرى الخامسة ل"، "يستذكر"): the counts told after one, up to a comma, are an old event's.</summary>
    public PhraseMatcher<bool> Anniversaries { get; } = new();

    /// <summary>Execution verbs in every person of the past and the imperfects a headline uses ("أعدمت"، "يعدم"; lexicon executions).</summary>
    public PhraseMatcher<bool> ExecutionVerbs { get; } = new();

    /// <summary>Courts, prisons, convicts and the authorities that carry out sentences ("سجن"، "مدانين"، "وزارة العدل").</summary>
    public PhraseMatcher<bool> JudicialWords { get; } = new();

    /// <summary>Ranks and posts of the forces after the article ("النقيب"): one joined by و to a casualty is another man.</summary>
    public PhraseMatcher<bool> Ranks { get; } = new();

    /// <summary>Indefinite singular and dual nouns of the dead and wounded ("قتيل"، "شهيدين"), with what they count.</summary>
    public PhraseMatcher<(CasualtyCategory Category, GrammaticalNumber Number)> VictimNouns { get; } = new();

    /// <summary>Words before a victim noun that make it a share of a group ("سقطوا بين قتيل وجريح"), no count.</summary>
    public SignedWordSet VictimNounsNotAfter { get; }

    /// <summary>"وآخر في المقدادية": one more of the people counted just before, in the place after it.</summary>
    public SignedWordSet AnotherOne { get; }

    /// <summary>"كمعلومات أولية"، "حصيلة أولية": the noun of a toll (lexicon preliminaryTolls.nouns) ...</summary>
    public SignedWordSet PreliminaryTollNouns { get; }

    /// <summary>... and the word after it that says the toll is preliminary (lexicon preliminaryTolls.marks).</summary>
    public SignedWordSet PreliminaryTollMarks { get; }

    /// <summary>"بينما لاذ الآخرون بالفرار": the rest of the people counted fled (lexicon fleeingRest).</summary>
    public PhraseMatcher<bool> FleeingRest { get; } = new();

    /// <summary>"تصدت لهم", "اشتبكت معهم": a force confronting the people a share "N منهم" is taken from (FigureFinder.ConfrontedThemSide).</summary>
    public PhraseMatcher<bool> ConfrontedThem { get; } = new();

    /// <summary>"عليهم"، "لهم"، "معهم": a preposition with the pronoun "them", the object of the verb before it (FigureFinder.ThemNotTheirDoerSide).</summary>
    public SignedWordSet ObjectPronounsThem { get; }

    /// <summary>"القبض" of "وجرى القبض عليه": an arrest noun whose preposition may carry the arrested (lexicon arrestedByPrepositionPronoun.heads).</summary>
    public SignedWordSet ArrestHeadsWithPreposition { get; }

    /// <summary>"عليه": the preposition with the pronoun of one (lexicon arrestedByPrepositionPronoun.one).</summary>
    public SignedWordSet PrepositionWithHim { get; }

    /// <summary>"عليهما": the preposition with the pronoun of two (lexicon arrestedByPrepositionPronoun.two).</summary>
    public SignedWordSet PrepositionWithThemTwo { get; }

    /// <summary>"مذكرة إلقاء القبض عليه"، "تمهيدا للقبض عليه": words before an arrest that make it one not done (lexicon arrestedByPrepositionPronoun.notAfter).</summary>
    public SignedWordSet ArrestNotDoneBefore { get; }

    /// <summary>"عدد"، "أعداد"، "حصيلة": the number of the dead and the wounded named after it (TwoOutcomeCounts.CountsBothOutcomes).</summary>
    public SignedWordSet BothOutcomesHeads { get; }

    /// <summary>"بين": the people counted divided between the dead and the wounded (TwoOutcomeCounts.CountsBothOutcomes).</summary>
    public SignedWordSet BothOutcomesBetween { get; }

    /// <summary>"مسؤوليته": the word of a claim of responsibility after the claimant name (IsisAsAttacker.IsisClaimedIt).</summary>
    public PhraseMatcher<bool> ClaimMarkers { get; } = new();

    /// <summary>"كما تم تدمير مضافة": a clause opening with "also" adds one more (lexicon additiveOpeners).</summary>
    public PhraseMatcher<bool> AdditiveOpeners { get; } = new();

    /// <summary>"القصف"، "للهجوم": a bare definite strike or attack noun, pointing back to one told before (lexicon anaphoricStrikes).</summary>
    public PhraseMatcher<bool> AnaphoricStrikes { get; } = new();

    /// <summary>"في اشتباكات بين داعش والقوات": fighting between two sides (lexicon fightingBetween).</summary>
    public PhraseMatcher<bool> FightingBetween { get; } = new();
    /// <summary>Kind cues that only count when no stronger cue is in the clause ("عملية أمنية" loses to "داهمت").</summary>
    public PhraseMatcher<bool> WeakKinds { get; } = new();
    /// <summary>"وكر آخر": another of the same, to be added, never read as a repetition.</summary>
    public PhraseMatcher<bool> AnotherMarkers { get; } = new();
    /// <summary>Words a number names rather than counts ("اللواء 47", "المادة 4", "بالساعة 500").</summary>
    public PhraseMatcher<bool> Designators { get; } = new();
    /// <summary>"بمحاذاة الحدود مع محافظة الأنبار": a place named as a border, not as where it happened.</summary>
    public PhraseMatcher<bool> BorderCues { get; } = new();
    /// <summary>"والي صلاح الدين", "ولاية كركوك": ISIS's names for its provinces, not where a tally was counted.</summary>
    public PhraseMatcher<bool> IsisTitles { get; } = new();
    /// <summary>"في هجمات متعددة": a count over several attacks, not the figure of one operation.</summary>
    public PhraseMatcher<bool> MultipleEvents { get; } = new();
    /// <summary>
    /// "في هجمات للتنظيم", "بالتفجيرات": attacks in the plural. With a period ("منذ مطلع العام") the victims counted in
    /// them are a running total over many attacks (<see cref="Rules.SentenceReader"/>), not one attack's.
    /// </summary>
    public PhraseMatcher<bool> PluralAttackNouns { get; } = new();
    /// <summary>
    /// "وبحسب مركز أبحاث أمريكي", "يرى الباحث في معهد ...": a research centre, institute or researcher; the period
    /// counts they give are estimates, not an authority's tally (<see cref="Rules.TallySentences"/>).
    /// </summary>
    public PhraseMatcher<bool> ResearchSources { get; } = new();
    /// <summary>
    /// "زعم تنظيم داعش أنه قتل 30 جنديا", "نفت القيادة مزاعم التنظيم": a claim; the figures its clause goes on to give
    /// are alleged, not events (<see cref="Rules.ClaimedFigures"/>).
    /// </summary>
    public PhraseMatcher<bool> Claims { get; } = new();
    /// <summary>
    /// "بأسلحة قنص"، "ببنادق القنص": nouns of weapons; a casualty word right after one names the weapon's kind, not an
    /// event (<see cref="Rules.FigureTriggers"/>).
    /// </summary>
    public PhraseMatcher<bool> WeaponNouns { get; } = new();
    /// <summary>
    /// "وضبط 4 أحزمة ناسفة": weapons, explosives, vehicles and devices a number may count; a bare number right before
    /// one counts things, not people (<see cref="Rules.FigureFinder"/>).
    /// </summary>
    public PhraseMatcher<bool> CountedThings { get; } = new();
    /// <summary>"القتلى هم ضابط وجنديان": a pronoun after a category noun that names who the counted were.</summary>
    public PhraseMatcher<bool> IdentityPronouns { get; } = new();

    /// <summary>A writer's distancing "so-called" before an organisation's name ("ما يسمى بتنظيم الدولة"); lexicon <c>soCalled</c>.</summary>
    public PhraseMatcher<bool> SoCalled { get; } = new();
    /// <summary>"بتفجير انتحاري"، "فجر نفسه": words after a destroying verb that make it a bomber's own blast.</summary>
    public PhraseMatcher<bool> SelfBlastWords { get; } = new();
    /// <summary>"وإن المقاتلين صدوا الهجوم"، "لكن القيادة قالت": a new statement after a claim; its figures are not claimed.</summary>
    public PhraseMatcher<bool> ClaimEnds { get; } = new();
    /// <summary>
    /// "إعدام"، "أعدم"، "أعدموا"، "يعدم": the verbs of <see cref="ExecutionVerbs"/> and the noun (lexicon executions); with
    /// ISIS as the executioner, its own members killed are no loss in an operation (<see cref="Rules.IsisOwnDeaths"/>).
    /// </summary>
    public PhraseMatcher<bool> Executions { get; } = new();
    /// <summary>
    /// "عدد شهداء القوات الأمنية منذ انطلاق العمليات": a statistic's head noun before the dead or wounded; over a period
    /// it counts a running total of victims (<see cref="Rules.VictimStatistics"/>).
    /// </summary>
    public PhraseMatcher<bool> StatisticHeads { get; } = new();
    /// <summary>
    /// "بعثة الأمم المتحدة"، "يونامي": a body that counts the victims of all violence over a month or a year; a count of
    /// victims it gives by a statistic's head is its statistic, no attack's toll (<see cref="Rules.VictimStatistics"/>).
    /// </summary>
    public PhraseMatcher<bool> CasualtyMonitors { get; } = new();
    /// <summary>
    /// "الهجوم أسفر أيضا عن ...", "جراء الاشتباك مع المهاجمين": the definite noun of an event (or of its attackers)
    /// refers back to the event just told, so a sentence that uses one and names no place of its own goes on telling it.
    /// </summary>
    public PhraseMatcher<bool> EventReferences { get; } = new();
    /// <summary>
    /// "انفجار سيارة مفخخة في سوق شعبي", "تفجير استهدف مجلس عزاء": places where people, not a force, gather; the
    /// dead and wounded an attack on one counts by category alone ("7 قتلى") are civilians.
    /// </summary>
    public PhraseMatcher<bool> CivilianTargets { get; } = new();
    /// <summary>
    /// "بإطلاق نار من قبل عناصر داعش", "على يد الدواعش": the words before the doer of a deed told in the passive or as
    /// a noun; the people a sentence counts as hit by ISIS this way are its victims.
    /// </summary>
    public PhraseMatcher<bool> PerpetratorMarkers { get; } = new();
    /// <summary>"أغلب الانتحاريين", "جميع العناصر": a part or the whole of people not counted, never a count.</summary>
    public PhraseMatcher<bool> Quantifiers { get; } = new();
    /// <summary>"مسلحان", "مسلحين": gunmen, ISIS's only where nothing says they were unknown.</summary>
    public PhraseMatcher<bool> GunmenNouns { get; } = new();
    /// <summary>"النصف الأول من عام 2024": the months of a year that a tally's period covers.</summary>
    public PhraseMatcher<(int From, int To)> PeriodParts { get; } = new();
    /// <summary>"من 2017 إلى 2020", "الفترة 2017-2020": words a bare year stands beside in a span of years (normalised).</summary>
    public SignedWordSet YearRangeWords { get; }

    /// <summary>
    /// "خلال الأيام الماضية", "الأسبوع الماضي": a period named by one of these (found anywhere in the date expression,
    /// "يوم" also in "يومين") is a short window of days or weeks, not a tally's period (normalised).
    /// </summary>
    public IReadOnlyList<string> ShortPeriodWords { get; }

    /// <summary>
    /// "واحد"، "واحدة": the numeral one after its noun (whole words). Its first letter is a root letter, not the
    /// conjunction the number readers refuse before a numeral that follows its noun ("عنصرين وثلاثة").
    /// </summary>
    public SignedWordSet NumeralOne { get; }

    /// <summary>
    /// "من"، "إلى": a preposition before a collective noun and the numeral one ("سبعة أشخاص من عائلة واحدة"), which
    /// names where the people counted come from, not one more (whole words).
    /// </summary>
    public SignedWordSet OriginBeforeOne { get; }

    /// <summary>"طوله"، "بطول": the word that opens a length told after a tunnel or trench (phrases).</summary>
    public PhraseMatcher<bool> LengthWords { get; } = new();

    /// <summary>"متر"، "كم": units of length closing such a phrase (whole words).</summary>
    public SignedWordSet LengthUnits { get; }

    /// <summary>"إن"، "أن"، "بأن": words after which a clause's subject stands first (whole words).</summary>
    public SignedWordSet SubjectOpeners { get; }

    /// <summary>"القريبة"، "قرب": words putting a village next to a town (readings).</summary>
    public SignedWordSet NearbyWords { get; }

    /// <summary>"من": the preposition after a nearby word ("القريبة من") (whole words).</summary>
    public SignedWordSet NearbyFrom { get; }

    /// <summary>"بعد وفاة أحد الجرحى": words of a death that befalls one already counted, not a killing (whole words, after a proclitic too).</summary>
    public SignedWordSet NaturalDeathWords { get; }

    /// <summary>
    /// "ضمن الحدود الإدارية لمحافظة صلاح الدين": the word after a border cue that makes it the province's bounds, inside
    /// which the place lies, not a border beside it (whole words).
    /// </summary>
    public SignedWordSet AdministrativeBounds { get; }

    /// <summary>
    /// "شمالي ديالى"، "غربي الأنبار": provinces whose name is no city's, so that a direction from them lies inside them
    /// (unlike "شمال بغداد", north of the city, which may be Salah al-Din). Normalised names as the press writes them.
    /// </summary>
    public SignedWordSet ProvincesNamedByNoCity { get; }

    /// <summary>"ولقي اثنان منهم حتفهما": words that say some of the wounded died (FigureRelations.DiedOfTheirWounds).</summary>
    public SignedWordSet DiedOfTheWounded { get; }

    /// <summary>
    /// "شمال بغداد", "جنوب أربيل": capitals whose province is little more than the city and its belts, or which lie
    /// near their province's edge, so that a bare bearing from them may lie in the next province (north of Baghdad is
    /// often Salah al-Din or Diyala, south of Erbil Nineveh's Makhmour). A bearing from any other
    /// capital ("جنوب غربي كركوك", "قرب مدينة كركوك") lies in its province, which reaches far beyond the city.
    /// </summary>
    public SignedWordSet CapitalsBearingLeaves { get; }

    /// <summary>The compass points of a bearing ("جنوبي مدينة كركوك"): a direction from a place, not a place (<see cref="Rules.PlaceDirections.IsCompassBearing"/>).</summary>
    public SignedWordSet CompassPoints { get; }
    /// <summary>Reporters (their English names) whose men are called fighters: their statements count their own.</summary>
    public IReadOnlySet<string> ForcesCallingTheirMenFighters { get; }

    /// <summary>
    /// "عثرت القوات، خلال التفتيش، على 12 وكرا": verbs of finding that take their object with "على", which adverbials
    /// may part from the verb (lexicon foundOnVerbs; a set of words, no phrase list: it is asked only before "على").
    /// </summary>
    public SignedWordSet FoundOnVerbs { get; }

    /// <summary>
    /// "عسكريا": a people noun's accusative that is as often an adverb ("القضاء على التنظيم عسكريا", militarily), so
    /// never one person on its own (whole words, after a proclitic too).
    /// </summary>
    public SignedWordSet AdverbialAccusatives { get; }

    /// <summary>"في"، "جراء": prepositions after a bare count that show it has no noun of its own (lexicon bareCountEnds; whole words).</summary>
    public SignedWordSet BareCountEnds { get; }

    /// <summary>"على"، "ضد": prepositions that make ISIS, right after them, their object rather than a verb's doer (lexicon prepositionsBeforeIsis; whole words).</summary>
    public SignedWordSet PrepositionsBeforeIsis { get; }

    /// <summary>
    /// The ISIS name starting at <paramref name="nameFirst"/> follows one of <see cref="PrepositionsBeforeIsis"/> (so ISIS
    /// is its object, not a doer); a name at <paramref name="floor"/>, where the words read start, follows none.
    /// </summary>
    public bool IsisNameFollowsPreposition(Text.TokenList tokens, int nameFirst, int floor) =>
        nameFirst > floor && tokens[nameFirst - 1].IsWord && PrepositionsBeforeIsis.Contains(tokens[nameFirst - 1].Text);

    /// <summary>"من"، "في"، "ضمن": after a people noun, the preposition the force or group they belong to follows (lexicon forceAfterNounPrepositions; whole words).</summary>
    public SignedWordSet ForceAfterNounPrepositions { get; }

    /// <summary>"بين": before a ranks word ("بين صفوف"), names whose ranks were hit (lexicon ranksBetween; whole words).</summary>
    public SignedWordSet RanksBetween { get; }

    /// <summary>
    /// "بلدة"، "حي" (lexicon townNounsBeforeProvinceNames): right before the name of a province that names no city, the
    /// noun makes the name a town's or a neighbourhood's (Rules.TownsNamedAsProvinces).
    /// </summary>
    public SignedWordSet TownNounsBeforeProvinceNames { get; }

    /// <summary>"وكان"، "وكانت": the pluperfect that opens a sentence telling the background of the news (whole words).</summary>
    public SignedWordSet BackgroundOpeners { get; }

    /// <summary>"منذ انطلاق العمليات": words after which a launch word names a period, not a launch (lexicon operationLaunches.notAfter).</summary>
    public SignedWordSet LaunchesNotAfter { get; }

    /// <summary>"وذلك"، "وتحديدا"، "وهي": a word with و after a comma that goes on with the clause before it rather than open one.</summary>
    public SignedWordSet SameClauseAfterComma { get; }

    /// <summary>"قيادة عمليات كركوك": the noun (found anywhere in the word, "وقيادة" too) that makes a matched operations-command prefix a command's name (normalised).</summary>
    public IReadOnlyList<string> CommandNouns { get; }
    /// <summary>
    /// Crime, drugs, fires, tribal fights: figures told in such a clause are not about ISIS. Neither are the remains a
    /// mass grave holds: the dead of years before, not the casualties of an operation.
    /// </summary>
    public PhraseMatcher<bool> NonIsisContext { get; } = new();
    /// <summary>
    /// Iraq's other armed conflicts the same press reports: the PKK and Turkey's strikes on it, the armed factions and
    /// the strikes on them. Figures of a clause naming one and not ISIS (<see cref="IsisNames"/>) are not about ISIS.
    /// </summary>
    public PhraseMatcher<bool> OtherConflicts { get; } = new();
    /// <summary>ISIS by its names ("داعش", "تنظيم الدولة"), not by words every side uses of its enemy ("الإرهابيين").</summary>
    public PhraseMatcher<bool> IsisNames { get; } = new();
    /// <summary>
    /// Strikes by another state ("بقصف تركي", "بضربة أمريكية"): like gunmen nobody names (and old ordnance,
    /// <see cref="WarRemnants"/>), their victims are no victims of an ISIS attack unless the sentence names ISIS.
    /// </summary>
    public PhraseMatcher<bool> OtherAgents { get; } = new();
    /// <summary>Words that say whose attack it is (lexicon attackAttribution): ISIS's names, "terrorists", extremists, a suicide bomber.</summary>
    public PhraseMatcher<bool> AttackAttributors { get; } = new();
    /// <summary>"لم تعلن أي جهة مسؤوليتها": nobody claimed the attack; the guess that follows is no evidence.</summary>
    public PhraseMatcher<bool> NoClaimCues { get; } = new();
    /// <summary>Means of an attack ("عبوة ناسفة", "كمين", "استهدفت"): an explosion told with one is an attack.</summary>
    public PhraseMatcher<bool> AttackMeans { get; } = new();
    /// <summary>"انفجار": an explosion, which without a means of attack says nobody attacked.</summary>
    public PhraseMatcher<bool> ExplosionWords { get; } = new();
    /// <summary>"أصابع الاتهام"، "باللوم على"، "نسب إلى": words that lay the attacks at a doer's door.</summary>
    public PhraseMatcher<bool> BlameWords { get; } = new();
    /// <summary>"عصابات مسلحة"، "نزاع عشائري": doers of a killing that are not ISIS.</summary>
    public PhraseMatcher<bool> OtherDoers { get; } = new();
    /// <summary>"العبوة"، "القصف": a definite noun that refers to an attack told before (besides eventReferences).</summary>
    public PhraseMatcher<bool> AttackReferences { get; } = new();
    /// <summary>"مطلوب بقضايا قتل": a charge names a crime, not what happened in the operation.</summary>
    public PhraseMatcher<bool> ChargeWords { get; } = new();
    /// <summary>
    /// "متهم بالإرهاب"، "بالانتماء لداعش"، "ينتمون": what marks a count of the wanted or the accused as ISIS members
    /// (<see cref="Rules.ArrestShares"/>).
    /// </summary>
    public PhraseMatcher<bool> TerrorCharges { get; } = new();
    /// <summary>"بتهمة"، "بجريمة"، "بقضايا": the nouns that open a charge (<see cref="Rules.ArrestShares.ChargedWithCrime"/>).</summary>
    public PhraseMatcher<bool> CrimeCharges { get; } = new();
    /// <summary>"بغداد اليوم": outlets named after a city are not places.</summary>
    public PhraseMatcher<bool> OutletNames { get; } = new();

    /// <summary>"نيوز"، "بوست"، "برس": words an outlet's name ends with after a city's (lexicon outletTails).</summary>
    public SignedWordSet OutletTails { get; }
    /// <summary>"تستعد لإطلاق معركة": what is about to happen is not an operation yet.</summary>
    public PhraseMatcher<bool> FutureCues { get; } = new();

    /// <summary>"هجمات يومية"، "معارك متواصلة"، "لا تزال": words that tell events as a habit or a lasting state, a trend (lexicon habitualCues).</summary>
    public PhraseMatcher<bool> HabitualCues { get; } = new();

    /// <summary>"وأضاف البيان", "كذلك": a sentence that goes on with the statement told just before it.</summary>
    public PhraseMatcher<bool> StatementContinuations { get; } = new();

    /// <summary>"مجمل"، "حصيلة": nouns of totalling that, in construct with "خسائر", announce the losses as one whole (lexicon lossesEnumeration.totallers).</summary>
    public SignedWordSet LossesTotallers { get; }

    /// <summary>"خسائر": the noun of losses (lexicon lossesEnumeration.losses).</summary>
    public SignedWordSet LossesNouns { get; }

    /// <summary>
    /// The word list whose sentence bits say which sentences may hold one of <see cref="LossesNouns"/>
    /// (<see cref="Rules.ReportText.MayHoldList"/>): <see cref="LossNouns"/>, when every noun of losses is a first word of
    /// its phrases (the data has "خسائر" in both lists); else -1, no list, and every sentence is read. Exact: a word that
    /// reads as a noun of losses (its <c>Readings</c> or <c>ReadingsKeepingArticle</c>) then has LossNouns' bit
    /// (<see cref="PhraseFirstWords.MatchersStartedBy"/> unites the bits of its <c>Stems</c>, which begin with its
    /// <c>Readings</c>, and of its <c>ReadingsKeepingArticle</c>), and so has its sentence. No new list number.
    /// </summary>
    public int LossesNounsList { get; }

    /// <summary>"يلي" ("كما يلي")، "أرقام" ("بالأرقام"): what follows lists what the sentence announces (lexicon lossesEnumeration.introducers).</summary>
    public SignedWordSet LossesIntroducers { get; }

    /// <summary>"كشف"، "تظهر": verbs of disclosing that make a sentence a statement of losses (lexicon lossesEnumeration.disclosures).</summary>
    public SignedWordSet LossesDisclosures { get; }

    /// <summary>
    /// "وأوضح"، "وبيّنت"، "وفي التفاصيل": a sentence that explains the statement told before it, so its counts are the
    /// statement's (<see cref="Rules.Passes.ElaboratedPartRemoval"/>). Not "وأضاف": what is added may be another event.
    /// </summary>
    public PhraseMatcher<bool> ElaborationOpeners { get; } = new();

    /// <summary>
    /// "وقال"، "وأضافت": a sentence that quotes the speaker of the statement before it. What it counts of a group it
    /// told ("قتلت خمسة منهم") is part of the lead's count (<see cref="Rules.Passes.ElaboratedPartRemoval"/>); other
    /// counts may be news of their own.
    /// </summary>
    public PhraseMatcher<bool> QuoteOpeners { get; } = new();

    /// <summary>"ووفق البيان"، "وبحسب البيان" (lexicon statementCitations): an opener citing the statement a lead announced.</summary>
    public PhraseMatcher<bool> StatementCitations { get; } = new();

    /// <summary>"قتلت"، "اعتقلوا": past verbs of killing or taking whose doer may follow them (lexicon doerFirstVerbs).</summary>
    public PhraseMatcher<bool> DoerFirstVerbs { get; } = new();

    /// <summary>"نصف"، "ثلث": a fraction of a group before its noun, valued by its divisor (lexicon groupFractions).</summary>
    public PhraseMatcher<int> GroupFractions { get; } = new();

    /// <summary>"أشخاص", "شخصا": people at large, whose side only the words around them can tell.</summary>
    public PhraseMatcher<bool> GenericPeople { get; } = new();

    /// <summary>"في العراق": a clause that puts its figures in Iraq, apart from Syria's or the region's.</summary>
    public PhraseMatcher<bool> IraqScope { get; } = new();

    /// <summary>
    /// "في عموم البلاد"، "في مختلف المحافظات": a tally said to cover the whole country, whatever province the sentence
    /// goes on to name as where most of it happened ("كان أغلبهم في كركوك").
    /// </summary>
    public PhraseMatcher<bool> NationwideScope { get; } = new();

    /// <summary>"المدمرة": hideouts a statistic counts were destroyed (lexicon destroyedParticiples).</summary>
    public PhraseMatcher<bool> DestroyedParticiples { get; } = new();

    /// <summary>"ارتفعت حصيلة القتلى إلى": the figure after it corrects one told before, it does not add to it.</summary>
    public PhraseMatcher<bool> CorrectionCues { get; } = new();

    /// <summary>"مقارنة بعام 2019": two periods set side by side, not one span from the first to the last.</summary>
    public PhraseMatcher<bool> ComparisonCues { get; } = new();

    /// <summary>"عملية إرهابية", "عمليات انتحارية": the adjective that makes an operation noun an attack of ISIS.</summary>
    public PhraseMatcher<bool> IsisOperationQualifiers { get; } = new();

    /// <summary>"نفذ", "شن": verbs of carrying out, whose subject says whose operations are counted ("نفذ داعش 456 عملية").</summary>
    public PhraseMatcher<bool> CarryOutVerbs { get; } = new();

    /// <summary>"أحبطت 33 عملية إرهابية": attacks that did not happen are no field of a tally.</summary>
    public PhraseMatcher<bool> FoilCues { get; } = new();

    /// <summary>"دون وقوع أي إصابات": a word that denies the casualty word after it (lexicon negatedOutcomes).</summary>
    public PhraseMatcher<bool> NegatedOutcomes { get; } = new();

    /// <summary>"قناة النجباء": the head noun of an outlet's name (lexicon outletHeads).</summary>
    public PhraseMatcher<bool> OutletHeads { get; } = new();

    /// <summary>"... في القاطع الجنوبي أيضا": 'also' after a clause's figures (lexicon postposedAlso).</summary>
    public PhraseMatcher<bool> PostposedAlso { get; } = new();

    /// <summary>"بالتعاون"، "بمشاركة" (lexicon partnerWords; matched on a word's readings): bring in a partner force, whose phrase a postposed 'also' may close (RepetitionRemoval.AddedAlso).</summary>
    public SignedWordSet PartnerWords { get; }

    /// <summary>"خسائر قوات البيشمركة": the losses of the forces named after it are their own dead, not ISIS's.</summary>
    public PhraseMatcher<bool> LossNouns { get; } = new();

    /// <summary>
    /// The person nouns the lexicon lists as plurals (normalised), whatever else they are listed as: "انتحاريين" is
    /// both the dual and the sound plural, and with the article ("الانتحاريين") it is read as the plural or as the
    /// people told before, never as two more (SingularFigures.IsDefinitePluralLookalike).
    /// </summary>
    public HashSet<string> PluralPersonForms { get; } = new(StringComparer.Ordinal);

    /// <summary>"وجود نحو 600 مسلح": the strength ISIS is thought to have somewhere, not people killed or taken.</summary>
    public PhraseMatcher<bool> StrengthCues { get; } = new();

    /// <summary>"عدد" of "عدد الإرهابيين الذين اعتقلوا بلغ 424": a count given as the number of people reaching a figure.</summary>
    public PhraseMatcher<bool> CountNouns { get; } = new();

    /// <summary>"بلغ", "وصل إلى": the verb that gives the figure a "عدد" reaches.</summary>
    public PhraseMatcher<bool> ReachedVerbs { get; } = new();

    /// <summary>"هناك 350 شخصا اعتقلوا": there are so many people (a standing count, not one event).</summary>
    public PhraseMatcher<bool> ExistentialCues { get; } = new();

    /// <summary>
    /// "وكالة الأنباء العراقية": the state's news agency, whose published statistics are official. Credited with a
    /// tally only when no authority is named in or just before it (as a source of other news it reports for others).
    /// </summary>
    public PhraseMatcher<string> OfficialOutlets { get; } = new();

    /// <summary>"من 23 – 29 تموز 2021", "من 4 ولغاية 10 آذار": what joins the first day of a range to the dated last one.</summary>
    public SignedWordSet DayRangeConnectors { get; }

    /// <summary>"في مؤتمر صحافي بأربيل": where a statement was made, not the province its tally counts.</summary>
    public PhraseMatcher<bool> VenueNouns { get; } = new();

    /// <summary>"منذ انطلاق عمليات تحرير الموصل", "بالمحور الجنوبي للفلوجة": the battle a running tally counts, by its town.</summary>
    public PhraseMatcher<bool> BattleNouns { get; } = new();

    /// <summary>"في معركة تحرير الحويجة": a battle of liberation named as what a count covers (lexicon wholeBattle).</summary>
    public PhraseMatcher<bool> WholeBattle { get; } = new();

    /// <summary>"خلال تسعة أيام من انطلاق العملية": a span counted from the launch (lexicon fromTheLaunch).</summary>
    public PhraseMatcher<bool> FromTheLaunch { get; } = new();

    /// <summary>"قوة", "مفرزة" as written (lexicon newForces.nouns): an indefinite force, the subject of another force's operation.</summary>
    public SignedWordSet NewForceNouns { get; }

    /// <summary>"من", "أخرى", "ثالثة" (lexicon newForces.marks): what follows the force noun that opens another force's operation.</summary>
    public SignedWordSet NewForceMarks { get; }

    /// <summary>"هذين"، "هؤلاء" (lexicon demonstratives): before a counted noun, it points back at what was told before.</summary>
    public SignedWordSet Demonstratives { get; }
    /// <summary>"أوقع", "يوقع", "كبد": verbs of inflicting losses, whose object is the other side's dead (lexicon inflictVerbs).</summary>
    public PhraseMatcher<bool> InflictVerbs { get; } = new();

    /// <summary>"صفوف" of "في صفوف المدنيين": the ranks whose people were hit, named after it (lexicon ranksNouns).</summary>
    public PhraseMatcher<bool> RanksNouns { get; } = new();

    /// <summary>"خلالها" of "وقتل خلالها 12": a pronoun of the event told before the count (lexicon duringIt).</summary>
    public PhraseMatcher<bool> DuringIt { get; } = new();

    /// <summary>"في الأيام الأخيرة": a recent span with no dates, over which plural attacks are summed (lexicon recentPeriods).</summary>
    public PhraseMatcher<bool> RecentPeriods { get; } = new();

    /// <summary>"اعترفوا"، "اعترافه"، "أقر" (lexicon confessions): what follows them is what the people admitted, past acts.</summary>
    public PhraseMatcher<bool> Confessions { get; } = new();
    /// <summary>"استهدف"، "استهدفت" (lexicon targetingVerbs): the verb whose object is what an attack or a strike hit.</summary>
    public PhraseMatcher<bool> TargetingVerbs { get; } = new();

    /// <summary>"لم يعرف إن كان"، "ما إذا كان" (lexicon doerInDoubt): the text asks whether ISIS did it, and does not say so.</summary>
    public PhraseMatcher<bool> DoerInDoubt { get; } = new();

    /// <summary>"خلال"، "أثناء" (lexicon attackAttribution.during): before an operation noun, the losses told were suffered in it.</summary>
    public SignedWordSet DuringWords { get; }

    /// <summary>"انتحاري"، "انتحارية" (lexicon suicideDetonation.bombers): who blows himself up.</summary>
    public SignedWordSet SuicideBombers { get; }

    /// <summary>"فجر"، "تفجر" (lexicon suicideDetonation.verbs): the verb of a suicide bomber's blast.</summary>
    public SignedWordSet DetonationVerbs { get; }

    /// <summary>"نفسه"، "حزامها" (lexicon suicideDetonation.selves): what the suicide bomber blew up.</summary>
    public SignedWordSet DetonatedSelves { get; }

    /// <summary>"أسفرت", "أدت", "نتج" (lexicon resultVerbs): what a count of operations resulted in follows them.</summary>
    public SignedWordSet ResultVerbs { get; }

    /// <summary>"الأعنف", "الأكثر", "الأول" with their article (lexicon superlatives): with "منذ" after them, a comparison.</summary>
    public SignedWordSet Superlatives { get; }

    /// <summary>
    /// "في"، "على"، "التي" (lexicon lineWrapWords): a line ending in one goes on past its line break (<see cref="Rules.WrappedLines"/>).
    /// A word set, not a numbered list.
    /// </summary>
    public SignedWordSet LineWrapWords { get; }

    /// <summary>"محافظ"، "رئيس"، "قائد" (lexicon officeTitles): an official whose title a province ends (<see cref="Rules.OfficeSeats"/>).</summary>
    public SignedWordSet OfficeTitles { get; }

    /// <summary>"مجلس"، "محافظة"، "شرطة"، "في" (lexicon officeChainWords): the office's name between its title and its province.</summary>
    public SignedWordSet OfficeChainWords { get; }

    /// <summary>"إن"، "قوله"، "بأن" (lexicon speechComplementisers): what a speaker said opens with one after his name.</summary>
    public SignedWordSet SpeechComplementisers { get; }

    /// <summary>"أطلقت" (lexicon campaignLaunchVerbs): launching a campaign, beside <see cref="OperationLaunches"/>'s words.</summary>
    public SignedWordSet CampaignLaunchVerbs { get; }

    /// <summary>
    /// "يذكر أن"، "والجدير بالذكر" (lexicon asideOpeners): a sentence they open steps aside to the news's background.
    /// Declared late: lists are numbered in the order they are made.
    /// </summary>
    public PhraseMatcher<bool> AsideOpeners { get; } = new();

    /// <summary>"الذي"، "التي"، "الذين" (lexicon relativePronouns; matched on a word's readings): opens a clause describing the noun before it.</summary>
    public SignedWordSet RelativePronouns { get; }

    /// <summary>"الملقى"، "المقبوض" (lexicon arrestedParticiples; matched on a word's readings): a participle of the arrest that describes the arrested ("الإرهابي الملقى القبض عليه"), so the arrest is one told before (Passes/DescribedArrestRemoval).</summary>
    public SignedWordSet ArrestedParticiples { get; }

    /// <summary>"تنتمي"، "تمول" (lexicon isisTies; matched on a word's readings): a singular tie to ISIS after an arrest's object, which makes it one ISIS person (FigureFinder.ReadOneTiedToIsis).</summary>
    public SignedWordSet IsisTies { get; }

    /// <summary>Prepositions that put "the attack" at a place (Passes.AttackPlaceTold).</summary>
    public SignedWordSet AttackPlacePrepositions { get; }
    /// <summary>"في" (lexicon frontedDayPrepositions; matched on a word's readings): fronts a calendar day before a sentence's verb.</summary>
    public SignedWordSet FrontedDayPrepositions { get; }

    /// <summary>"حتى"، "لغاية" (lexicon spanEnds; matched on a word's readings): before a day, it names the day a span ends.</summary>
    public SignedWordSet SpanEnds { get; }

    /// <summary>"نهاية"، "آخر" between a word of 'until' and a month (lexicon spanEndNouns).</summary>
    public SignedWordSet SpanEndNouns { get; }

    /// <summary>"ليل"، "ليلة" (lexicon nightWords; matched on a word's readings): a night, which two days may name together.</summary>
    public SignedWordSet NightWords { get; }

    /// <summary>"استهدفت"، "قصف"، "دك" (lexicon aimOnlyHideoutTriggers): destroyed triggers that tell only what a strike aimed at.</summary>
    public PhraseMatcher<bool> AimOnlyHideoutTriggers { get; } = new();

    /// <summary>
    /// "ركام"، "رماد" (lexicon hideoutRuinWords): what a targeted hideout is said to be reduced to, so it was destroyed.
    /// Declared late: lists are numbered in the order they are made.
    /// </summary>
    public PhraseMatcher<bool> HideoutRuinWords { get; } = new();

    /// <summary>"بعد"، "خلال": words that open a span counted from a launch ("بعد أربعة أيام من بدء الحملة البرية"; whole words).</summary>
    public SignedWordSet LaunchSpanOpeners { get; }

    /// <summary>"أيام"، "أسبوعين"، "أشهر": units of a span of a day or more, counted from a launch (whole words).</summary>
    public SignedWordSet LaunchSpanUnits { get; }

    /// <summary>"مجموعة"، "مرافقيه": uncounted companions joined to one man's fate (matched on the word's readings).</summary>
    public SignedWordSet UncountedCompanions { get; }

    /// <summary>"بين"، "من": the word before the first of two dated days that open a span (whole words).</summary>
    public SignedWordSet DaySpanOpeners { get; }

    /// <summary>"أو": offers a count as the alternative of the number before it (whole words).</summary>
    public SignedWordSet EitherOr { get; }

    /// <summary>"بمعدل"، "متوسط": a count after one is a rate or an average (lexicon rateWords).</summary>
    public SignedWordSet RateWords { get; }

    /// <summary>"تبنى"، "تبنت": verbs of claiming an attack as one's own (lexicon claimVerbs).</summary>
    public PhraseMatcher<bool> ClaimVerbs { get; } = new();

    /// <summary>"متفرقة"، "منفصلة": words of dispersal after an operation noun (matched on the word's readings).</summary>
    public SignedWordSet ScatteredAdjectives { get; }

    /// <summary>"ساع"، "يوم": parts of the words of a window of hours or days, looked for in a date expression's text.</summary>
    public IReadOnlyList<string> HourAndDayWindows { get; }

    /// <summary>"أنه"، "إنها": the complementizer with its subject's pronoun (whole words).</summary>
    public SignedWordSet ComplementizersWithPronoun { get; }

    /// <summary>"خلال"، "طيلة": words that open a window of time (whole words).</summary>
    public SignedWordSet WindowOpeners { get; }

    /// <summary>"أسبوع"، "أشهر": units of a window of a week or more (matched on the word's readings).</summary>
    public SignedWordSet WeekOrLongerUnits { get; }

    /// <summary>"منطقة"، "حي"، "محلة" (lexicon localityNouns; matched on the word's readings): a locality, not a division.</summary>
    public SignedWordSet LocalityNouns { get; }

    /// <summary>"محافظة"، "قضاء"، "قرية" (lexicon placeNounsAfterBi; whole words): with ب joined, they open where, as "في" does (Rules/PlacePrepositions).</summary>
    public SignedWordSet PlaceNounsAfterBi { get; }
    /// <summary>"مخلفات" (lexicon remnantNouns): with ISIS's name after it, old ordnance ISIS left, not an attack of ISIS's.</summary>
    public PhraseMatcher<bool> RemnantNouns { get; } = new();

    /// <summary>"خلال"، "طوال"، "على مدى" (lexicon victimSpans.openers): before a unit of time, a span a count of victims runs over.</summary>
    public PhraseMatcher<bool> SpanOpeners { get; } = new();

    /// <summary>"منذ مطلع"، "منذ بدء" (lexicon victimSpans.sinceStarts): a span from the start of something to now.</summary>
    public PhraseMatcher<bool> SinceStarts { get; } = new();

    /// <summary>"مطلوبين"، "هاربا" (lexicon lastingStates; whole words): a state people stay in, which a window "منذ" opens after measures.</summary>
    public SignedWordSet LastingStates { get; }

    /// <summary>"نتائج"، "النتائج" (lexicon resultsNouns; whole words): results, which "حتى" and a day after them count up to that day.</summary>
    public SignedWordSet ResultsNouns { get; }

    /// <summary>"الشهرين"، "أيام"، "الفترة" (lexicon victimSpans.units; read without clitics): a unit of time longer than a day.</summary>
    public SignedWordSet SpanUnits { get; }

    /// <summary>"العام"، "الشهر" (lexicon victimSpans.definiteUnits; read with the article): a definite unit of time.</summary>
    public SignedWordSet SpanDefiniteUnits { get; }

    /// <summary>"نحو"، "هذه"، "عشرة" (lexicon victimSpans.skips): words that may stand between a span's opener and its unit.</summary>
    public SignedWordSet SpanSkips { get; }

    /// <summary>"أعنف"، "أكثر" (lexicon victimSpans.elatives; read without clitics): an elative in construct ("أعنف هجوم").</summary>
    public SignedWordSet SpanElatives { get; }

    /// <summary>
    /// "الرابع"، "الأخير" (lexicon closingOrdinals; matched on a word's readings): a definite ordinal closing the list
    /// of a group's parts, with the group's size (0: "the last", one more than the parts before it).
    /// </summary>
    public IReadOnlyDictionary<string, int> ClosingOrdinals { get; }
    /// <summary>"قوات"، "منتسبي" (lexicon ownersMen.nouns; read without the attached pronoun): the men of a body.</summary>
    public SignedWordSet OwnersMenNouns { get; }

    /// <summary>"مقتل"، "إصابة"، "خسارة" (lexicon ownersMen.lossNouns; read without clitics): verbal nouns of a loss suffered.</summary>
    public SignedWordSet OwnersLossNouns { get; }

    /// <summary>Prepositions with a pronoun of the event after a verb of loss, which make it passive (lexicon ownersMen.resumptivePlaces).</summary>
    public SignedWordSet OwnersResumptivePlaces { get; }

    /// <summary>Verbal nouns of pursuit (lexicon pursuitOfAnAttack.purposes: "لملاحقة"، "لتعقب"، "بحثا عن").</summary>
    public SignedWordSet PursuitPurposes { get; }

    /// <summary>The attack's doers a pursuit governs (pursuitOfAnAttack.pursued: "منفذي"، "المهاجمين"، "الهاربين").</summary>
    public SignedWordSet PursuedDoers { get; }

    /// <summary>Nouns of a scene ("مكان"، "موقع") in "في مكان الحادث" (pursuitOfAnAttack.scenes).</summary>
    public SignedWordSet PursuitScenes { get; }

    /// <summary>The incident a scene is of ("الحادث"، "الهجوم"; pursuitOfAnAttack.incidents).</summary>
    public SignedWordSet PursuitIncidents { get; }

    /// <summary>The bare anaphoric area, "في المنطقة" (pursuitOfAnAttack.areas).</summary>
    public SignedWordSet PursuitAreas { get; }

    /// <summary>
    /// The sentences' list of <see cref="PursuitPurposes"/>, <see cref="PursuitScenes"/> and <see cref="PursuitAreas"/>
    /// (<see cref="SentenceBitsList"/>), the gate of <see cref="Rules.FigurelessOperations.MayTellAPursuit"/>.
    /// </summary>
    public int PursuitWordsList { get; }

    /// <summary>"إلى جانب" (lexicon countJoiners): an additive phrase that adds a second count to the first.</summary>
    public PhraseMatcher<bool> CountJoiners { get; } = new();
    /// <summary>"أعدم"، "يقتل"، "إعدام" (lexicon isisKillingDeeds): killing done by one hand, whose doer may be ISIS.</summary>
    public PhraseMatcher<bool> IsisKillingDeeds { get; } = new();

    /// <summary>"قتل"، "إعدام" (lexicon isisKillingDeeds.bareForms; whole words): forms that may be a verbal noun.</summary>
    public SignedWordSet IsisKillingBareForms { get; }

    /// <summary>Past-tense verbs of ISIS's deeds on people and property, every person made (lexicon isisHarmDeeds.verbs).</summary>
    public IReadOnlySet<string> IsisHarmVerbs { get; }

    /// <summary>The verbal nouns of those deeds, read after a verb of doing (lexicon isisHarmDeeds.nouns).</summary>
    public SignedWordSet IsisHarmNouns { get; }

    /// <summary>Verbs of doing that take a deed's verbal noun ("قاموا بحرق"، "أقدم على إضرام"; lexicon isisHarmDeeds.auxiliaries).</summary>
    public IReadOnlySet<string> HarmAuxiliaries { get; }

    /// <summary>Past-tense verbs by which a force takes a place, every person made (lexicon forcesTakePlace).</summary>
    public IReadOnlySet<string> ForcesTakePlaceVerbs { get; }

    /// <summary>"قادت للقبض على": verbs of leading-to before a lam that is the result's (lexicon arrestLeadingVerbs; Passes/AimedArrestRemoval).</summary>
    public SignedWordSet ArrestLeadingVerbs { get; }

    /// <summary>"الواقعة"، "تقع" (lexicon lyingWords.words; whole words): a place said to lie in another.</summary>
    public SignedWordSet LyingWords { get; }

    /// <summary>"التي"، "الذي" (lexicon lyingWords.relatives; whole words): the relative before a verb of lying.</summary>
    public SignedWordSet LyingRelatives { get; }

    /// <summary>"المنطقة"، "القضاء" (lexicon samePlace.placeNouns; matched on a word's readings): a place noun that "itself" may follow.</summary>
    public SignedWordSet SamePlaceNouns { get; }

    /// <summary>"ذاته"، "نفسها" (lexicon samePlace.intensifiers; whole words): "itself" after a definite place noun.</summary>
    public SignedWordSet SamePlaceIntensifiers { get; }

    /// <summary>"مناطق"، "محافظات" (lexicon countryAreas.areaNouns; whole words): the plural areas a count may be spread over.</summary>
    public SignedWordSet CountryAreaNouns { get; }

    /// <summary>The sentences' list of <see cref="CountryAreaNouns"/> (<see cref="SentenceBitsList"/>), the gate of <see cref="Rules.SeveralEvents.NamesDispersedAreas"/>.</summary>
    public int CountryAreaNounsList { get; }

    /// <summary>"متفرقة"، "مختلفة"، "عدة" (lexicon countryAreas.dispersalWords; whole words): words that spread the areas apart.</summary>
    public SignedWordSet CountryDispersalWords { get; }

    /// <summary>"البلاد"، "العراق" (lexicon countryAreas.countryNouns; whole words): the country the areas are of.</summary>
    public SignedWordSet CountryNouns { get; }

    /// <summary>"قيادي"، "قادة"، "متزعم"، "أمير" (lexicon leadersAmongTheDead.leaderNouns; read without clitics): a leader's rank.</summary>
    public SignedWordSet IsisLeaderNouns { get; }

    /// <summary>"بينهم"، "من بين القتلى" (lexicon leadersAmongTheDead.inclusionCues): who follows was among the dead counted before.</summary>
    public PhraseMatcher<bool> InclusionCues { get; } = new();

    /// <summary>"قضت"، "أجهز" (lexicon splitVerbs; read without clitics): a verb of killing whose "على" may come after its subject.</summary>
    public SignedWordSet SplitVerbs { get; }

    /// <summary>"لقي"، "لقوا" (lexicon deathIdiom.verbs): the verb of the idiom of dying, before the people counted.</summary>
    public SignedWordSet DeathIdiomVerbs { get; }

    /// <summary>"مصرعهم"، "حتفهم" (lexicon deathIdiom.objects): the idiom's object, after the people counted.</summary>
    public SignedWordSet DeathIdiomObjects { get; }

    /// <summary>"حوادث"، "هجومين"، "أعمال" (lexicon severalIncidents.nouns; read without clitics): incidents in the plural or dual.</summary>
    public SignedWordSet SeveralIncidentNouns { get; }

    /// <summary>"آخر تحديث"، "م"، "الاثنين": words a page's time stamp carries beside its date and clock (lexicon timeStampWords).</summary>
    public SignedWordSet TimeStampWords { get; }

    /// <summary>"هجوم"، "تفجير": one attack named in the singular (lexicon oneAttackNouns).</summary>
    public SignedWordSet OneAttackNouns { get; }

    /// <summary>"حصيلة": the toll of an event; in construct with an attack noun, its victims (lexicon tollNouns; whole words).</summary>
    public SignedWordSet TollNouns { get; }

    /// <summary>"مماثل"، "مشابه": an attack like the one told, another (lexicon similarMarkers).</summary>
    public SignedWordSet SimilarMarkers { get; }

    /// <summary>"متفرقة"، "منفصلين" (lexicon severalIncidents.adjectives and scatteredAdjectives): words of dispersal after incidents.</summary>
    public SignedWordSet SeveralIncidentAdjectives { get; }

    /// <summary>"سلسلة"، "موجة" (lexicon severalIncidents.series): a series noun before incidents.</summary>
    public SignedWordSet SeveralIncidentSeries { get; }

    /// <summary>"أرجاء"، "أنحاء" (lexicon severalIncidents.expanses): the whole expanse of a country.</summary>
    public SignedWordSet SeveralIncidentExpanses { get; }

    /// <summary>
    /// The sentences' list of <see cref="SeveralIncidentExpanses"/> and <see cref="SeveralIncidentNouns"/>
    /// (<see cref="SentenceBitsList"/>), the gate of <see cref="Rules.SeveralEvents.TellsSeveralIncidents"/>.
    /// </summary>
    public int SeveralIncidentsList { get; }

    /// <summary>"قال"، "تبنى" (lexicon isisSpeech.verbs; read without clitics): verbs of telling whose subject may be ISIS.</summary>
    public SignedWordSet IsisSpeechVerbs { get; }

    /// <summary>"بيان"، "نشرة"، "وكالة" (lexicon isisSpeech.nouns; read without clitics): a statement or an outlet whose owner may be ISIS.</summary>
    public SignedWordSet IsisSpeechNouns { get; }

    /// <summary>"أعماق" (lexicon isisSpeech.agencies; read without clitics): ISIS's own news agency.</summary>
    public SignedWordSet IsisAgencies { get; }

    /// <summary>Locality nouns after a count that give it a place of its own (lexicon ownPlaceOrDay.placeNouns; Passes.OwnPlaceOrDaySplit).</summary>
    public PhraseMatcher<bool> OwnPlaces { get; } = new();

    /// <summary>Day words before a weekday that give a count a day of its own (lexicon ownPlaceOrDay.dayWords).</summary>
    public PhraseMatcher<bool> OwnDays { get; } = new();

    /// <summary>The weekdays after a day word (lexicon ownPlaceOrDay.weekdays).</summary>
    public PhraseMatcher<bool> OwnWeekdays { get; } = new();

    /// <summary>
    /// "أسفر عن"، "خلّف"، "ارتفعت إلى" (lexicon victimNounGovernors): verbs whose object is an outcome, so that an
    /// indefinite victim noun right after one counts one or two. Declared last: lists are numbered in declaration order.
    /// </summary>
    public PhraseMatcher<bool> VictimNounGovernors { get; } = new();

    /// <summary>
    /// "قصف"، "قذائف هاون"، "براميل متفجرة" (lexicon shellingWords): indirect fire, whose doer a sentence that does not
    /// name one leaves unknown. Declared last: lists are numbered in declaration order.
    /// </summary>
    public PhraseMatcher<bool> ShellingWords { get; } = new();

    /// <summary>"عناصر"، "أفراد"، "جميع" (lexicon cellArrestTold.memberNouns; read without clitics): the members of a group, between an arrest word and the group.</summary>
    public SignedWordSet CellMemberNouns { get; }

    /// <summary>"مجموعة"، "زمرة" (lexicon cellArrestTold.groupNouns; read without clitics): collective nouns of a group of men, besides the cell nouns.</summary>
    public SignedWordSet CellGroupNouns { get; }

    /// <summary>"جنائية"، "المخدرات"، "الابتزاز" (lexicon crimeTopics.kinds; read on a word's readings): a crime that is no terror.</summary>
    public SignedWordSet CrimeKinds { get; }

    /// <summary>"الجريمة"، "جرائم" (lexicon crimeTopics.nouns; read on a word's readings): crime in general.</summary>
    public SignedWordSet CrimeNouns { get; }

    /// <summary>"انتهاء"، "انتهت"، "إنهاء" (lexicon campaignEnds.endings; read on a word's readings): a word of ending.</summary>
    public SignedWordSet CampaignEndings { get; }

    /// <summary>"المرحلة"، "المعركة"، "عمليات" (lexicon campaignEnds.campaigns; read on a word's readings): what a word of ending ends.</summary>
    public SignedWordSet CampaignEndNouns { get; }

    /// <summary>"بعد"، "فور" (lexicon campaignEnds.notAfter; read on a word's readings): a preposition of time that makes an ending a time, not news.</summary>
    public SignedWordSet CampaignEndNotAfter { get; }

    /// <summary>"العملية" (lexicon oneOperationResults.operations; read with the article kept): one operation the report tells, named by the singular with the article.</summary>
    public SignedWordSet TheOperation { get; }

    /// <summary>The sentences' list of <see cref="TheOperation"/> (<see cref="SentenceBitsList"/>), the gate of <see cref="Rules.OneOperationsResults"/>.</summary>
    public int TheOperationList { get; }

    /// <summary>"التي"، "الذي" (lexicon launchedBefore.relatives; read on a word's readings): a relative pronoun a verb of launching follows.</summary>
    public SignedWordSet LaunchRelatives { get; }

    /// <summary>"انطلقت"، "أطلقتها"، "بدأت" (lexicon launchedBefore.verbs; read on a word's readings): a verb of launching in a campaign's relative clause.</summary>
    public SignedWordSet LaunchVerbs { get; }

    /// <summary>The sentences' list of <see cref="LaunchVerbs"/> (<see cref="SentenceBitsList"/>), the gate of <see cref="Rules.BattleTotals.CountsFromALaunchBefore"/>.</summary>
    public int LaunchVerbsList { get; }

    /// <summary>"قبل" (lexicon launchedBefore.daysBack; read on a word's readings): a relative day counted back ("قبل ثلاثة أيام"), not today or yesterday.</summary>
    public SignedWordSet LaunchDaysBack { get; }

    /// <summary>"إعدام" (lexicon courtSentences.penaltyNouns; read on a word's readings): the verbal noun that names a deed or a penalty.</summary>
    public SignedWordSet PenaltyNouns { get; }

    /// <summary>"الإعدام" (lexicon courtSentences.definitePenalties; read on a word's readings keeping the article): the noun naming the punishment itself.</summary>
    public SignedWordSet DefinitePenalties { get; }

    /// <summary>"حكما"، "أحكام"، "قضت" (lexicon courtSentences.judgements; read on a word's readings): a word of judgement that makes the noun after it a penalty.</summary>
    public SignedWordSet Judgements { get; }

    /// <summary>"القصف"، "القذائف" (lexicon shellingReferences; read on a word's readings keeping the article): a shelling already told.</summary>
    public SignedWordSet ShellingReferences { get; }

    /// <summary>"أكثر"، "يزيد"، "تجاوز" (lexicon lowerBounds.words; read on a word's text and readings): the first word of a lower bound before a count.</summary>
    public SignedWordSet LowerBoundWords { get; }

    /// <summary>"مطلوب"، "المطلوبين" (lexicon judiciaryWanted.wanted; read on a word's readings): the wanted, as a counted noun.</summary>
    public SignedWordSet WantedNouns { get; }

    /// <summary>"للقضاء"، "قضائيا" (lexicon judiciaryWanted.judiciary; read on a word's readings): by whom they are wanted.</summary>
    public SignedWordSet JudiciaryWords { get; }

    /// <summary>"أبرز"، "أخطر" (lexicon judiciaryWanted.superlatives): between a partitive "من" and the wanted ("10 من أبرز المطلوبين").</summary>
    public SignedWordSet WantedSuperlatives { get; }

    private static IEnumerable<string> Words(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).Where(s => s.Length > 0);

    /// <summary>Single words of one or more lists, normalised as report text is, for a lookup of a token's text or readings.</summary>
    private static SignedWordSet WordSet(params JsonElement[] arrays) =>
        new(arrays.SelectMany(Words).Select(Text.ArabicNormalizer.NormalizeTerm));

    /// <summary>A word set of past-tense lemmas with every person of the past (<see cref="Text.VerbForms"/>).</summary>
    private static HashSet<string> Conjugated(JsonElement array) =>
        Words(array).SelectMany(lemma => Text.VerbForms.Of(lemma).Prepend(lemma)).Select(Text.ArabicNormalizer.NormalizeTerm).ToHashSet(StringComparer.Ordinal);

    private void AddConjugations<T>(PhraseMatcher<T> matcher, JsonElement array, T value)
    {
        foreach (var form in Words(array).SelectMany(lemma => Text.VerbForms.Of(lemma).Prepend(lemma)).Distinct().ToList())
        {
            if (!CasualtyTriggers.HasWord(form) && !DestroyTriggers.HasWord(form) && !FoundTriggers.HasWord(form))
            {
                matcher.Add(form, value);
            }
        }
    }

    private static void AddAll<T>(PhraseMatcher<T> matcher, JsonElement array, T value)
    {
        foreach (var w in Words(array))
        {
            matcher.Add(w, value);
        }
    }
}
