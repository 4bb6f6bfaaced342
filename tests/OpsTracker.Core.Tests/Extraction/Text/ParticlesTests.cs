using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Tests.Extraction.Text;

/// <summary>
/// The particles the rules compare tokens with are spelt as the normaliser leaves a word, or a comparison with a token
/// would never hold: "على" and "إلى" are read as "علي" and "الي".
/// </summary>
public class ParticlesTests
{
    [Fact]
    public void Particles_are_spelt_as_normalised_text_spells_them()
    {
        foreach (var particle in (string[])[Particles.Wa, Particles.Min, Particles.Fi, Particles.Ala, Particles.Ila, Particles.Bi, Particles.Li, Particles.Khilal, Particles.Baad, Particles.Mundhu, Particles.Qad, Particles.Dakhil])
        {
            Assert.Equal(particle, ArabicNormalizer.NormalizeTerm(particle));
        }
        Assert.Equal(Particles.Ala, ArabicNormalizer.NormalizeTerm("على"));
        Assert.Equal(Particles.Ila, ArabicNormalizer.NormalizeTerm("إلى"));
        Assert.Equal(Particles.Fi, ArabicNormalizer.NormalizeTerm("فى"));
    }
}
