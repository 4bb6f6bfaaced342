using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsTracker.Data.Migrations.Postgres
{
    /// <summary>
    /// The tallies rollup (OperationTallies) counts each event once: an operation another report's operation stands for
    /// (IsEventSecondary, event linking) leaves the rollup, as it leaves the timeline and the exports. The statement
    /// trigger's function is replaced with one that reads only counted rows, and the rollup is filled again.
    /// </summary>
    [DbContext(typeof(PostgresOpsTrackerDbContext))]
    [Migration("20261203130000_RollupCountsEachEventOnce")]
    public partial class RollupCountsEachEventOnce : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Rollup("WHERE NOT \"IsEventSecondary\""));

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Rollup(""));

        /// <summary>The rollup's function and contents, over the operations <paramref name="counted"/> selects.</summary>
        private static string Rollup(string counted) => $$"""
            CREATE OR REPLACE FUNCTION opstracker_operation_tallies() RETURNS trigger LANGUAGE plpgsql AS $fn$
            BEGIN
                IF TG_OP IN ('DELETE', 'UPDATE') THEN
                    INSERT INTO "OperationTallies" AS t ("Year", "ProvinceCode", "Kind", "ReviewState", "Operations", "Killed", "Arrested", "Wounded", "HideoutsDestroyed")
                    SELECT COALESCE(EXTRACT(YEAR FROM "Date")::integer, 0), COALESCE("ProvinceCode", ''), "Kind", "ReviewState", -COUNT(*),
                           -COALESCE(SUM("IsisKilled"), 0), -COALESCE(SUM("IsisArrested"), 0), -COALESCE(SUM("IsisWounded"), 0), -COALESCE(SUM("DestroyedHideouts"), 0)
                    FROM old_rows {{counted}} GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
                    ON CONFLICT ("Year", "ProvinceCode", "Kind", "ReviewState") DO UPDATE SET
                        "Operations" = t."Operations" + EXCLUDED."Operations", "Killed" = t."Killed" + EXCLUDED."Killed",
                        "Arrested" = t."Arrested" + EXCLUDED."Arrested", "Wounded" = t."Wounded" + EXCLUDED."Wounded",
                        "HideoutsDestroyed" = t."HideoutsDestroyed" + EXCLUDED."HideoutsDestroyed";
                END IF;
                IF TG_OP IN ('INSERT', 'UPDATE') THEN
                    INSERT INTO "OperationTallies" AS t ("Year", "ProvinceCode", "Kind", "ReviewState", "Operations", "Killed", "Arrested", "Wounded", "HideoutsDestroyed")
                    SELECT COALESCE(EXTRACT(YEAR FROM "Date")::integer, 0), COALESCE("ProvinceCode", ''), "Kind", "ReviewState", COUNT(*),
                           COALESCE(SUM("IsisKilled"), 0), COALESCE(SUM("IsisArrested"), 0), COALESCE(SUM("IsisWounded"), 0), COALESCE(SUM("DestroyedHideouts"), 0)
                    FROM new_rows {{counted}} GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
                    ON CONFLICT ("Year", "ProvinceCode", "Kind", "ReviewState") DO UPDATE SET
                        "Operations" = t."Operations" + EXCLUDED."Operations", "Killed" = t."Killed" + EXCLUDED."Killed",
                        "Arrested" = t."Arrested" + EXCLUDED."Arrested", "Wounded" = t."Wounded" + EXCLUDED."Wounded",
                        "HideoutsDestroyed" = t."HideoutsDestroyed" + EXCLUDED."HideoutsDestroyed";
                END IF;
                RETURN NULL;
            END
            $fn$;

            DELETE FROM "OperationTallies";
            INSERT INTO "OperationTallies" ("Year", "ProvinceCode", "Kind", "ReviewState", "Operations", "Killed", "Arrested", "Wounded", "HideoutsDestroyed")
            SELECT COALESCE(EXTRACT(YEAR FROM "Date")::integer, 0), COALESCE("ProvinceCode", ''), "Kind", "ReviewState", COUNT(*),
                   COALESCE(SUM("IsisKilled"), 0), COALESCE(SUM("IsisArrested"), 0), COALESCE(SUM("IsisWounded"), 0), COALESCE(SUM("DestroyedHideouts"), 0)
            FROM "Operations" {{counted}} GROUP BY 1, 2, 3, 4;
            """;
    }
}
