using System.Reflection;
using Xunit.Sdk;

namespace OpsTracker.Data.Tests.Testing;

public enum TestProvider
{
    Sqlite,
    Postgres,
}

/// <summary>A fact that needs PostgreSQL: skipped with the reason when none can be had (never under CI=true).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        Skip = PostgresServer.SkipReason;
    }
}

/// <summary>
/// One theory row per provider: <c>[Theory, ProviderData(TestProvider.Sqlite), ProviderData(TestProvider.Postgres)]</c>.
/// The PostgreSQL row is skipped with the reason when PostgreSQL cannot be had (never under CI=true).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ProviderDataAttribute : DataAttribute
{
    public ProviderDataAttribute(TestProvider provider)
    {
        Provider = provider;
        if (provider == TestProvider.Postgres)
        {
            Skip = PostgresServer.SkipReason;
        }
    }

    public TestProvider Provider { get; }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[Provider]];
}

/// <summary>A theory that needs PostgreSQL: skipped with the reason when none can be had (never under CI=true).</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        Skip = PostgresServer.SkipReason;
    }
}
