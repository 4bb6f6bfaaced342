using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpsTracker.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReviewsAndAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReviewState",
                table: "Operations",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Unreviewed");

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    User = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Entity = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EntityKey = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OperationReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportFileName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    EvidenceStart = table.Column<int>(type: "integer", nullable: false),
                    EvidenceEnd = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OperationId = table.Column<int>(type: "integer", nullable: true),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Corrections = table.Column<string>(type: "text", nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    NeedsReview = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationReviews", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Operations_ReviewState",
                table: "Operations",
                column: "ReviewState");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Entity_EntityId",
                table: "AuditEntries",
                columns: new[] { "Entity", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityKey",
                table: "AuditEntries",
                column: "EntityKey");

            migrationBuilder.CreateIndex(
                name: "IX_OperationReviews_OperationId",
                table: "OperationReviews",
                column: "OperationId");

            migrationBuilder.CreateIndex(
                name: "IX_OperationReviews_ReportFileName_EvidenceStart_EvidenceEnd_K~",
                table: "OperationReviews",
                columns: new[] { "ReportFileName", "EvidenceStart", "EvidenceEnd", "Kind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "OperationReviews");

            migrationBuilder.DropIndex(
                name: "IX_Operations_ReviewState",
                table: "Operations");

            migrationBuilder.DropColumn(
                name: "ReviewState",
                table: "Operations");
        }
    }
}
