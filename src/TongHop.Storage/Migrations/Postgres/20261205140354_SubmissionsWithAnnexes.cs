using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TongHop.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SubmissionsWithAnnexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SubmissionFileId",
                table: "Values",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAtUtc",
                table: "Submissions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnBy",
                table: "Submissions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedAtUtc",
                table: "Requests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DispatchDate",
                table: "Requests",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeadlineUtc",
                table: "RequestRecipients",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SubmissionFileId",
                table: "Findings",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RequestEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Detail = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    UserName = table.Column<string>(type: "text", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestEvents_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SubmissionFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubmissionId = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    FileSha256 = table.Column<string>(type: "character(64)", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Error = table.Column<string>(type: "text", nullable: true),
                    ExtractionJson = table.Column<string>(type: "text", nullable: true),
                    RestoredText = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubmissionFiles_Files_FileSha256",
                        column: x => x.FileSha256,
                        principalTable: "Files",
                        principalColumn: "Sha256",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SubmissionFiles_Submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "Submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Values_SubmissionFileId",
                table: "Values",
                column: "SubmissionFileId");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_SubmissionFileId",
                table: "Findings",
                column: "SubmissionFileId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestEvents_RequestId",
                table: "RequestEvents",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionFiles_FileSha256",
                table: "SubmissionFiles",
                column: "FileSha256");

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionFiles_SubmissionId_Position",
                table: "SubmissionFiles",
                columns: new[] { "SubmissionId", "Position" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Findings_SubmissionFiles_SubmissionFileId",
                table: "Findings",
                column: "SubmissionFileId",
                principalTable: "SubmissionFiles",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_Values_SubmissionFiles_SubmissionFileId",
                table: "Values",
                column: "SubmissionFileId",
                principalTable: "SubmissionFiles",
                principalColumn: "Id");

            // Backfill: a submission stored before annexes existed has one file, its main report.
            migrationBuilder.Sql("""
                INSERT INTO "SubmissionFiles" ("SubmissionId", "Role", "Position", "FileSha256", "FileName", "Size")
                SELECT s."Id", 'Main', 0, s."FileSha256", s."FileName", f."Size"
                FROM "Submissions" s JOIN "Files" f ON f."Sha256" = s."FileSha256"
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Findings_SubmissionFiles_SubmissionFileId",
                table: "Findings");

            migrationBuilder.DropForeignKey(
                name: "FK_Values_SubmissionFiles_SubmissionFileId",
                table: "Values");

            migrationBuilder.DropTable(
                name: "RequestEvents");

            migrationBuilder.DropTable(
                name: "SubmissionFiles");

            migrationBuilder.DropIndex(
                name: "IX_Values_SubmissionFileId",
                table: "Values");

            migrationBuilder.DropIndex(
                name: "IX_Findings_SubmissionFileId",
                table: "Findings");

            migrationBuilder.DropColumn(
                name: "SubmissionFileId",
                table: "Values");

            migrationBuilder.DropColumn(
                name: "WithdrawnAtUtc",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "WithdrawnBy",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "ClosedAtUtc",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "DispatchDate",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "DeadlineUtc",
                table: "RequestRecipients");

            migrationBuilder.DropColumn(
                name: "SubmissionFileId",
                table: "Findings");
        }
    }
}
