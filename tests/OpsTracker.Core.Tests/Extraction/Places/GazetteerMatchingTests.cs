using static OpsTracker.Core.Tests.Extraction.Places.PlaceTestText;

namespace OpsTracker.Core.Tests.Extraction.Places;

public class GazetteerMatchingTests
{
    [Theory]
    // Nineveh
    [InlineData("داهمت القوات مضافة في الساحل الأيمن من الموصل فجر اليوم", "ni-mosul")]
    [InlineData("قصف طيران التحالف كهوفاً في جبال قره جوغ جنوب شرقي المدينة", "x-qara-chogh")]
    [InlineData("تمشيط سفوح جبل قرجوغ بحثاً عن المطلوبين", "x-qara-chogh")]
    [InlineData("ضربات جوية على مخابئ في قره چوغ", "x-qara-chogh")]
    [InlineData("اشتباك مع مسلحين في جبل قرة جوخ", "x-qara-chogh")]
    [InlineData("انطلقت عملية تفتيش غرب تلعفر", "ni-tal-afar")]
    [InlineData("وصلت تعزيزات إلى قضاء تل عفر", "ni-tal-afar")]
    [InlineData("عاد النازحون إلى سنجار بعد سنوات", "ni-sinjar")]
    [InlineData("رصدت الطائرات تحركات على جبل سنجار", "ni-sinjar-mountain")]
    [InlineData("عثرت القوات على عبوات في ناحية القيارة", "ni-qayyarah")]
    [InlineData("تفتيش الوديان المحيطة بقضاء الحضر", "ni-hatra")]
    [InlineData("ضبط مخزن للأسلحة في البعاج", "ni-baaj")]
    [InlineData("اعتقال مطلوب في ناحية ربيعة الحدودية", "ni-rabia")]
    [InlineData("دورية مشتركة في زمار", "ni-zummar")]
    [InlineData("زار الوفد بعشيقة أمس", "ni-bashiqa")]
    [InlineData("عودة العائلات إلى قرقوش", "ni-hamdaniya")]
    [InlineData("انتشار أمني في قضاء الحمدانية", "ni-hamdaniya")]
    [InlineData("إحباط تسلل قرب بادوش", "ni-badush")]
    [InlineData("مداهمة في ناحية الشورة جنوب المدينة", "ni-shura")]
    [InlineData("تفتيش جزر نهرية في حمام العليل", "ni-hammam-al-alil")]
    [InlineData("اعتقال متهم في قضاء تلكيف", "ni-tal-kayf")]
    [InlineData("إعادة إعمار كنيسة في برطلة", "ni-bartella")]
    [InlineData("ملاحقة خلية في ناحية وانة", "ni-wana")]
    [InlineData("تمشيط صحراء الجزيرة بمشاركة الطيران", "x-jazira-desert")]
    [InlineData("عملية في صحراء نينوى الغربية", "ni-nineveh-desert")]
    // Kirkuk
    [InlineData("تطهير قرى في قضاء الحويجة", "ki-hawija")]
    [InlineData("تفجير عبوة على طريق الدبس", "ki-dibis")]
    [InlineData("اشتباك في قضاء داقوق جنوب المحافظة", "ki-daquq")]
    [InlineData("قتل مسلحين في ناحية الرياض", "ki-riyadh")]
    [InlineData("دورية في ناحية الرشاد", "ki-rashad")]
    [InlineData("ضبط أوكار في ناحية الزاب", "ki-zab")]
    [InlineData("هجوم على نقطة في ناحية العباسي", "ki-abbasi")]
    [InlineData("تفتيش بساتين ناحية الملتقى", "ki-multaqa")]
    [InlineData("قصف أوكار في وادي الشاي", "ki-wadi-al-shay")]
    [InlineData("تدمير نفق في وادي زغيتون", "ki-wadi-zghaytun")]
    [InlineData("اعتقال مطلوب في ناحية ليلان", "ki-laylan")]
    [InlineData("حركة نزوح من التون كوبري", "ki-altun-kupri")]
    [InlineData("حاجز أمني في ناحية بردي", "ki-altun-kupri")]
    [InlineData("انفجار عبوة قرب قرية البشير", "ki-bashir")]
    [InlineData("نقطة تفتيش في ناحية تازة", "ki-taza")]
    // Salah al-Din
    [InlineData("مقتل مسلح شرق مدينة تكريت", "sd-tikrit")]
    [InlineData("ضربة جوية شمال سامراء", "sd-samarra")]
    [InlineData("اعتداء على مفرزة ضمن قاطع عمليات سامراء", "sd-samarra")]
    [InlineData("تعزيزات إلى قضاء بيجي", "sd-baiji")]
    [InlineData("معارك قرب مصفى بيجي", "sd-baiji")]
    [InlineData("اعتقال ثلاثة في طوزخورماتو", "sd-tuz-khurmatu")]
    [InlineData("اعتقال ثلاثة في طوز خورماتو", "sd-tuz-khurmatu")]
    [InlineData("قصف مدفعي على أطراف الطوز", "sd-tuz-khurmatu")]
    [InlineData("إنزال جوي في منطقة العيث", "sd-ayth")]
    [InlineData("تمشيط مطيبيجة بمشاركة الحشد", "sd-mutaibija")]
    [InlineData("تفجير في قضاء الدور", "sd-dour")]
    [InlineData("عملية أمنية في ناحية العلم", "sd-alam")]
    [InlineData("عودة الأهالي إلى الشرقاط", "sd-shirqat")]
    [InlineData("اغتيال مختار في قضاء بلد", "sd-balad")]
    [InlineData("قصف بساتين الدجيل", "sd-dujail")]
    [InlineData("تفتيش مناطق الإسحاقي", "sd-ishaqi")]
    [InlineData("اشتباك في ناحية يثرب", "sd-yathrib")]
    [InlineData("دورية في ناحية آمرلي", "sd-amerli")]
    [InlineData("هجوم على سليمان بيك ليلاً", "sd-sulaiman-bek")]
    [InlineData("ملاحقة فلول في جبال مكحول", "sd-makhoul")]
    [InlineData("اشتباك في ناحية الصينية غرب المدينة", "sd-siniya")]
    [InlineData("تمشيط جزيرة سامراء", "sd-jazirat-samarra")]
    [InlineData("هجوم قرب بحيرة الثرثار", "x-tharthar")]
    // Diyala
    [InlineData("اعتقال مطلوب وسط بعقوبة", "di-baqubah")]
    [InlineData("تفجير في المقدادية", "di-muqdadiya")]
    [InlineData("حملة تفتيش في قضاء الخالص", "di-khalis")]
    [InlineData("قصف على بلدروز", "di-balad-ruz")]
    [InlineData("دورية في خانقين", "di-khanaqin")]
    [InlineData("صد هجوم على جلولاء", "di-jalawla")]
    [InlineData("تمشيط بساتين السعدية", "di-sadiya")]
    [InlineData("هجوم بين نفط خانه والحدود", "di-naft-khana")]
    [InlineData("هجوم على نفطخانة", "di-naft-khana")]
    [InlineData("هجوم على نفطخانه", "di-naft-khana")]
    [InlineData("اعتقال مهرب في مندلي", "di-mandali")]
    [InlineData("تفتيش قرى قره تبة", "di-qara-tapa")]
    [InlineData("عملية في ناحية العظيم", "di-udhaim")]
    [InlineData("دورية في ناحية كنعان", "di-kanaan")]
    [InlineData("قصف بساتين أبو صيدا", "di-abu-saida")]
    [InlineData("هجوم على منصورية الجبل", "di-mansuriyat-al-jabal")]
    [InlineData("تمشيط ضفاف بحيرة حمرين", "di-hamrin-lake")]
    // Anbar
    [InlineData("وصول تعزيزات إلى الرمادي", "an-ramadi")]
    [InlineData("اعتقال متهم في الفلوجة", "an-fallujah")]
    [InlineData("دورية في قضاء حديثة", "an-haditha")]
    [InlineData("تفكيك عبوات في هيت", "an-hit")]
    [InlineData("تفتيش الوديان في عانة", "an-anah")]
    [InlineData("تمشيط صحراء قضاء عنه", "an-anah")]
    [InlineData("هجوم على قضاء راوة", "an-rawa")]
    [InlineData("اعتقال متسللين في قضاء القائم", "an-qaim")]
    [InlineData("ضبط أسلحة في الرطبة", "an-rutba")]
    [InlineData("دورية قرب عكاشات", "an-akashat")]
    [InlineData("مداهمة في قضاء الكرمة", "an-karma")]
    [InlineData("تفتيش عامرية الفلوجة", "an-amiriyat-al-fallujah")]
    [InlineData("انتشار في الحبانية", "an-habbaniyah")]
    [InlineData("تمشيط في النخيب", "x-nukhaib")]
    [InlineData("قصف في ناحية البغدادي", "an-baghdadi")]
    [InlineData("تدمير مضافة في وادي حوران", "an-wadi-houran")]
    [InlineData("تمشيط الصحراء الغربية بحثاً عن فلول", "an-western-desert")]
    [InlineData("تدمير وكر في وادي الحمرة", "an-wadi-hamra")]
    [InlineData("تفتيش جزيرة راوة", "an-jazirat-rawa")]
    // Baghdad
    [InlineData("اشتباك في قضاء الطارمية", "bg-tarmiyah")]
    [InlineData("اعتقال في أبو غريب", "bg-abu-ghraib")]
    [InlineData("عبوة في المحمودية", "bg-mahmudiya")]
    [InlineData("تفتيش بساتين التاجي", "bg-taji")]
    [InlineData("هجوم في المدائن", "bg-madain")]
    [InlineData("دورية في اليوسفية", "bg-yusufiya")]
    [InlineData("عبوة في ناحية الحسينية", "bg-husseiniya")]
    [InlineData("تفجير في مدينة الصدر", "bg-sadr-city")]
    [InlineData("زحام في الكاظمية", "bg-kadhimiya")]
    [InlineData("حاجز في الأعظمية", "bg-adhamiya")]
    [InlineData("اعتقال في ناحية الراشدية", "bg-rashidiya")]
    [InlineData("تفتيش منطقة المشاهدة", "bg-mushahada")]
    // Babil
    [InlineData("انفجار في جرف الصخر", "bb-jurf-al-sakhar")]
    [InlineData("دورية في جرف النصر", "bb-jurf-al-sakhar")]
    [InlineData("تفتيش في المسيب", "bb-musayyib")]
    [InlineData("عبوة في ناحية الإسكندرية", "bb-iskandariya")]
    [InlineData("اعتقال في الحلة", "bb-hilla")]
    [InlineData("حادث في المحاويل", "bb-mahawil")]
    [InlineData("دورية في قضاء الهاشمية", "bb-hashimiya")]
    // Erbil and Sulaymaniyah
    [InlineData("قصف قرب كوير", "x-gwer")]
    [InlineData("اعتقال في ناحية خبات", "ar-khabat")]
    [InlineData("زيارة إلى سوران", "ar-soran")]
    [InlineData("اجتماع في كويسنجق", "ar-koya")]
    [InlineData("سياح في شقلاوة", "ar-shaqlawa")]
    [InlineData("تفتيش في قوشتبة", "ar-qushtapa")]
    [InlineData("هجوم على أطراف مخمور", "x-makhmour")]
    [InlineData("اعتقال في كلار", "su-kalar")]
    [InlineData("هجوم في كفري", "x-kifri")]
    [InlineData("دورية في جمجمال", "su-chamchamal")]
    [InlineData("تفتيش في دربندخان", "su-darbandikhan")]
    [InlineData("اعتقال في قضاء رانية", "su-ranya")]
    [InlineData("عملية مشتركة في كرميان", "x-garmiyan")]
    [InlineData("عملية مشتركة في گرميان", "x-garmiyan")]
    // The south and the provinces' capitals
    [InlineData("اعتقال في الكوت", "wa-kut")]
    [InlineData("تظاهرة في الناصرية", "dq-nasiriyah")]
    [InlineData("حادث في مدينة العمارة", "ma-amarah")]
    [InlineData("احتفال في السماوة", "mu-samawah")]
    [InlineData("اعتقال في الديوانية", "IQ-QA")]
    [InlineData("اعتقال في قضاء الزبير", "ba-zubair")]
    [InlineData("ميناء الفاو", "ba-faw")]
    [InlineData("اعتقال في بدرة", "wa-badra")]
    [InlineData("حادث في الصويرة", "wa-suwaira")]
    [InlineData("حادث في العزيزية", "wa-aziziya")]
    [InlineData("حادث في النعمانية", "wa-numaniya")]
    public void Finds_the_place_named_in_a_sentence(string sentence, string id)
    {
        Assert.Contains(id, Ids(sentence));
    }

    [Theory]
    [InlineData("انتشرت القوات بالموصل", "بالموصل", "الموصل", "ni-mosul")]
    [InlineData("ضربات في ديالى وكركوك", "وكركوك", "كركوك", "IQ-KI")]
    [InlineData("وصلت التعزيزات لمحافظة الأنبار", "الانبار", "الانبار", "IQ-AN")]
    [InlineData("عملية بمحافظة صلاح الدين", "صلاح الدين", "صلاح الدين", "IQ-SD")]
    [InlineData("اعتقال مطلوبين في قضاء الحويجة", "الحويجه", "الحويجه", "ki-hawija")]
    [InlineData("قتل مسلح في ناحية العظيم", "العظيم", "العظيم", "di-udhaim")]
    [InlineData("عادت العائلات للموصل", "للموصل", "الموصل", "ni-mosul")]
    [InlineData("وبالفلوجة اعتقل مطلوب", "وبالفلوجه", "الفلوجه", "an-fallujah")]
    [InlineData("فالرمادي آمنة", "فالرمادي", "الرمادي", "an-ramadi")]
    [InlineData("ووصلت الأرتال لتكريت", "لتكريت", "تكريت", "sd-tikrit")]
    [InlineData("انطلقت العملية من #صلاح_الدين", "صلاح الدين", "صلاح الدين", "IQ-SD")]
    public void Clitic_prefixes_are_in_the_span_but_not_the_surface(string sentence, string span, string surface, string id)
    {
        var mention = Assert.Single(Find(sentence, out var text), m => m.Entry.Id == id);
        Assert.Equal(span, text[mention.Start..mention.End]);
        Assert.Equal(surface, mention.Surface);
    }

    [Theory]
    [InlineData("محافظة كركوك", "IQ-KI")]
    [InlineData("كركوك", "IQ-KI")]
    [InlineData("في محافظتي كركوك وديالى", "IQ-KI", "IQ-DI")]
    [InlineData("بين محافظات نينوى والأنبار وصلاح الدين", "IQ-NI", "IQ-AN", "IQ-SD")]
    [InlineData("قوات من أربيل وهولير", "IQ-AR", "IQ-AR")]
    public void Provinces_are_found_bare_and_after_the_word_province(string sentence, params string[] ids)
    {
        Assert.Equal(ids, Ids(sentence));
    }

    [Theory]
    [InlineData("وصلت القوات إلى حويجة", "ki-hawija")]
    [InlineData("وصلت القوات إلى الحويجة", "ki-hawija")]
    [InlineData("وصلت القوات إلى مطيبيجة", "sd-mutaibija")]
    [InlineData("وصلت القوات إلى المطيبيجة", "sd-mutaibija")]
    [InlineData("وصلت القوات إلى السليمانية", "IQ-SU")]
    [InlineData("وصلت القوات إلى سليمانية", "IQ-SU")]
    public void A_name_is_found_with_or_without_the_article_when_the_data_lists_both(string sentence, string id)
    {
        Assert.Equal([id], Ids(sentence));
    }

    [Theory]
    [InlineData("وصلت القوات إلى السنجار")]
    [InlineData("وصلت القوات إلى الكلار")]
    public void A_name_is_not_found_with_an_article_the_data_does_not_list(string sentence)
    {
        Assert.Empty(Find(sentence));
    }

    [Theory]
    [InlineData("قال المسؤول الموصلي إن الوضع مستقر")]
    [InlineData("التقى المحافظ بوفد كركوكي")]
    [InlineData("عقد الاجتماع في بلدة صغيرة")]
    [InlineData("لقي الشاب التكريتي حتفه")]
    [InlineData("أكد الخبراء أن سامرائيين شاركوا")]
    public void A_name_is_not_found_inside_a_longer_word(string sentence)
    {
        Assert.Empty(Find(sentence));
    }

    [Theory]
    // Common words and places abroad, with no place cue: nothing.
    [InlineData("وأشار إلى أن الأمر انتهى وأنه لا يوجد خطر")]
    [InlineData("وهو ما أعلن عنه المتحدث أمس")]
    [InlineData("وقال المتحدث في حديثه للصحفيين إن العملية نجحت")]
    [InlineData("لا يوجد بلد بمنأى عن الإرهاب، ويعيش في بلد آخر")]
    [InlineData("وزار الوزير الرياض ثم عاد، وعقد لقاء في الرياض")]
    [InlineData("أشاد بالدور الذي لعبته القوات، وفي الدور الثاني من البطولة")]
    [InlineData("رفع العلم العراقي فوق المبنى، وتحدث في العلم والمعرفة")]
    [InlineData("شارك في الملتقى الثقافي عدد من الكتاب")]
    [InlineData("بايع أتباع أبو بكر البغدادي زعيماً جديداً")]
    [InlineData("أقسم بالله العظيم وتلا من القرآن العظيم")]
    [InlineData("وعبر عن الشكر الخالص للقوات")]
    [InlineData("أقيم مجلس عزاء في الحسينية القريبة")]
    [InlineData("وتعيش الأسر في الحضر والريف")]
    [InlineData("عقدت الدورة التدريبية في الدورة الماضية")]
    [InlineData("تجمع الناس في الحي القديم")]
    [InlineData("انهار جزء من العمارة السكنية، وسكان العمارة بخير")]
    [InlineData("التقى القائم بأعمال السفارة بالوفد")]
    public void An_ambiguous_word_without_a_place_cue_is_not_a_place(string sentence)
    {
        Assert.Empty(Find(sentence));
    }

    [Theory]
    [InlineData("اشتباك في ناحية الرياض جنوب غربي كركوك", "ki-riyadh")]
    [InlineData("هجوم جنوب غرب الرياض", "ki-riyadh")]
    [InlineData("تفتيش بقضاء بلد", "sd-balad")]
    [InlineData("عملية في أطراف قضاء الدور", "sd-dour")]
    [InlineData("تفجير في قضاء حديثة", "an-haditha")]
    [InlineData("انتشار في مدينة عنه", "an-anah")]
    [InlineData("عملية في ناحية العلم شرق تكريت", "sd-alam")]
    [InlineData("تفتيش في العظيم", "di-udhaim")]
    [InlineData("اعتقال في بيجي", "sd-baiji")]
    [InlineData("وصلت القوة ببيجي", "sd-baiji")]
    [InlineData("داهمت القوات قرية بالقائم", "an-qaim")]
    [InlineData("تفتيش في ناحية (العلم)", "sd-alam")]
    public void An_ambiguous_word_after_a_place_cue_is_a_place(string sentence, string id)
    {
        Assert.Contains(id, Ids(sentence));
    }

    [Theory]
    [InlineData("هجمات في الرياض")]                // weak cue: strict words need a place noun
    [InlineData("هجمات بالدور")]                  // the prefix ب is a weak cue too
    [InlineData("وصلت القوات إلى المنطقة، العلم يرفرف")] // a comma breaks the cue
    [InlineData("في القرآن العظيم")]               // 'في' counts only right before the name
    public void A_weak_or_interrupted_cue_is_not_enough(string sentence)
    {
        Assert.Empty(Find(sentence));
    }

    [Fact]
    public void Places_listed_after_a_place_take_its_cue()
    {
        Assert.Equal(["ki-hawija", "ki-zab", "ki-abbasi"], Ids("عمليات في الحويجة والزاب والعباسي"));
        Assert.Equal(["sd-samarra", "sd-baiji"], Ids("هجمات في سامراء، بيجي"));
        // ...but a strict word is not rescued by a list.
        Assert.Equal(["IQ-BG"], Ids("العلاقات بين بغداد والرياض"));
    }

    [Theory]
    [InlineData("قصف أوكار في سلسلة جبال حمرين أمس", "سلسله جبال حمرين", "x-hamrin")]
    [InlineData("قصف أوكار في جبال حمرين أمس", "جبال حمرين", "x-hamrin")]
    [InlineData("قصف أوكار في مرتفعات حمرين أمس", "حمرين", "x-hamrin")]
    [InlineData("تمشيط ضفاف بحيرة حمرين", "بحيره حمرين", "di-hamrin-lake")]
    [InlineData("قصف مواقع على جبل سنجار", "جبل سنجار", "ni-sinjar-mountain")]
    [InlineData("تفتيش صحراء الأنبار الشاسعة", "صحراء الانبار", "an-anbar-desert")]
    [InlineData("انفجار قرب جسر ديالى", "جسر ديالي", "bg-jisr-diyala")]
    [InlineData("دورية في بلد روز", "بلد روز", "di-balad-ruz")]
    [InlineData("تفتيش عامرية الفلوجة", "عامريه الفلوجه", "an-amiriyat-al-fallujah")]
    public void The_longest_name_wins(string sentence, string surface, string id)
    {
        var mention = Assert.Single(Find(sentence));
        Assert.Equal(id, mention.Entry.Id);
        Assert.Equal(surface, mention.Surface);
    }

    [Fact]
    public void Mentions_are_in_order_and_do_not_overlap()
    {
        const string text = "انطلقت من الموصل قوات نحو تلعفر وسنجار، ثم إلى سلسلة جبال حمرين بين كركوك وصلاح الدين وديالى، وقرب بحيرة الثرثار";
        var mentions = Find(text);
        Assert.Equal(
            ["ni-mosul", "ni-tal-afar", "ni-sinjar", "x-hamrin", "IQ-KI", "IQ-SD", "IQ-DI", "x-tharthar"],
            mentions.Select(m => m.Entry.Id));
        for (var i = 1; i < mentions.Count; i++)
        {
            Assert.True(mentions[i - 1].End <= mentions[i].Start);
        }
    }

    [Fact]
    public void A_name_split_across_lines_is_not_one_name()
    {
        Assert.Equal(["IQ-SD"], Ids("صلاح\nالدين ثم صلاح الدين"));
    }
}
