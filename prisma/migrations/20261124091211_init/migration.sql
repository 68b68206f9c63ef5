-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "BodyKind" AS ENUM ('RAAD', 'COLLEGE', 'GRIFFIE', 'BURGEMEESTER', 'BESTUURLIJK_OVERLEG', 'GR_BESTUUR', 'ALGEMEEN_BESTUUR', 'DAGELIJKS_BESTUUR', 'RAADSCOMMISSIE');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('COMMISSIE', 'RAAD', 'COLLEGE', 'BESTUURLIJK_OVERLEG', 'GR_BESTUUR');

-- CreateEnum
CREATE TYPE "RegelingVorm" AS ENUM ('OPENBAAR_LICHAAM', 'BEDRIJFSVOERINGSORGANISATIE', 'GEMEENSCHAPPELIJK_ORGAAN', 'CENTRUMGEMEENTE', 'REGELING_ZONDER_MEER');

-- CreateEnum
CREATE TYPE "RegelingPartijen" AS ENUM ('COLLEGES', 'RADEN', 'BURGEMEESTERS', 'GEMENGD');

-- CreateEnum
CREATE TYPE "ParticipantScope" AS ENUM ('FULL', 'ADDENDUM');

-- CreateEnum
CREATE TYPE "MilestoneKind" AS ENUM ('FEIT', 'PLANNING', 'WETTELIJK');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('REGELING', 'BIJLAGE', 'DIENSTVERLENINGSHANDVEST', 'BELEIDSKADER', 'REGIOVISIE', 'INTENTIEOVEREENKOMST', 'BEGROTING', 'JAARREKENING', 'OVERIG');

-- CreateEnum
CREATE TYPE "VersionStatus" AS ENUM ('CONCEPT', 'DEFINITIEF');

-- CreateEnum
CREATE TYPE "ProcedureKind" AS ENUM ('GR_TREFFEN', 'GR_WIJZIGEN', 'GR_OPHEFFEN', 'BELEIDSKADER_VASTSTELLEN', 'DVH_ACTUALISEREN', 'BEGROTING_ZIENSWIJZE');

-- CreateEnum
CREATE TYPE "TrackKind" AS ENUM ('RAAD', 'COLLEGE');

-- CreateEnum
CREATE TYPE "DeadlineKind" AS ENUM ('STATUTORY', 'AGREED');

-- CreateEnum
CREATE TYPE "ZienswijzeStatus" AS ENUM ('CONCEPT', 'VASTGESTELD', 'INGEDIEND');

-- CreateEnum
CREATE TYPE "Disposition" AS ENUM ('OVERGENOMEN', 'DEELS_OVERGENOMEN', 'NIET_OVERGENOMEN');

-- CreateEnum
CREATE TYPE "BesluitType" AS ENUM ('ZIENSWIJZE', 'GEEN_ZIENSWIJZE', 'TOESTEMMING', 'VASTSTELLING', 'COLLEGEBESLUIT', 'ONDERTEKENING', 'BEKENDMAKING', 'BOSD_AKKOORD', 'BESTUURSBESLUIT', 'KENNISNAME');

-- CreateEnum
CREATE TYPE "BesluitUitkomst" AS ENUM ('AANGENOMEN', 'VERWORPEN', 'VERLEEND', 'GEWEIGERD', 'AANGEHOUDEN', 'VASTGESTELD', 'GEAMENDEERD_VASTGESTELD', 'AKKOORD', 'ONDERTEKEND', 'BEKENDGEMAAKT', 'KENNISGENOMEN');

-- CreateEnum
CREATE TYPE "WeigeringsGrond" AS ENUM ('STRIJD_MET_HET_RECHT', 'STRIJD_MET_HET_ALGEMEEN_BELANG');

-- CreateEnum
CREATE TYPE "MotieSoort" AS ENUM ('MOTIE', 'AMENDEMENT');

-- CreateEnum
CREATE TYPE "MotieUitkomst" AS ENUM ('AANGENOMEN', 'VERWORPEN', 'INGETROKKEN', 'AANGEHOUDEN');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'SECRETARIAAT', 'GRIFFIER', 'COLLEGE', 'RAADSLID');

-- CreateTable
CREATE TABLE "Regio" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "omschrijving" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Regio_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Gemeente" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "cbsCode" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Gemeente_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Body" (
    "id" TEXT NOT NULL,
    "kind" "BodyKind" NOT NULL,
    "naam" TEXT NOT NULL,
    "afkorting" TEXT,
    "gemeenteId" TEXT,
    "regioId" TEXT,

    CONSTRAINT "Body_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "bodyId" TEXT NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "date" DATE NOT NULL,
    "titel" TEXT,
    "locatie" TEXT,
    "bron" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recess" (
    "id" TEXT NOT NULL,
    "bodyId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "from" DATE NOT NULL,
    "to" DATE NOT NULL,

    CONSTRAINT "Recess_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Regeling" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "citeertitel" TEXT,
    "vorm" "RegelingVorm" NOT NULL,
    "partijen" "RegelingPartijen" NOT NULL,
    "regioId" TEXT,
    "vervangtId" TEXT,
    "belang" TEXT,
    "topics" TEXT[],
    "targetSignBy" DATE,
    "targetInForce" DATE,
    "inWerkingOp" DATE,
    "beeindigdOp" DATE,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Regeling_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" TEXT NOT NULL,
    "regelingId" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "scope" "ParticipantScope" NOT NULL DEFAULT 'FULL',
    "scopeTopics" TEXT[],
    "toelichting" TEXT,
    "joinedOn" DATE,
    "leftOn" DATE,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL,
    "regelingId" TEXT NOT NULL,
    "kind" "MilestoneKind" NOT NULL,
    "label" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "precision" "DatePrecision" NOT NULL,
    "dateText" TEXT NOT NULL,
    "bron" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "regelingId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "titel" TEXT NOT NULL,
    "omschrijving" TEXT,
    "topics" TEXT[],
    "partOfRegeling" BOOLEAN NOT NULL DEFAULT false,
    "periode" TEXT,
    "bron" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentVersion" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "status" "VersionStatus" NOT NULL,
    "contentHash" TEXT NOT NULL,
    "toelichting" TEXT,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "DocumentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "nummer" TEXT NOT NULL,
    "titel" TEXT NOT NULL,
    "tekst" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Procedure" (
    "id" TEXT NOT NULL,
    "regelingId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "kind" "ProcedureKind" NOT NULL,
    "titel" TEXT NOT NULL,
    "derivedState" TEXT NOT NULL,
    "regional" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "jaar" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Procedure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Track" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "kind" "TrackKind" NOT NULL,
    "status" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Track_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deadline" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "trackId" TEXT,
    "kind" "DeadlineKind" NOT NULL,
    "label" TEXT NOT NULL,
    "startOn" DATE,
    "period" TEXT,
    "dueOn" DATE NOT NULL,
    "trace" JSONB NOT NULL,
    "grondslag" TEXT,

    CONSTRAINT "Deadline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Zienswijze" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "documentVersionId" TEXT NOT NULL,
    "status" "ZienswijzeStatus" NOT NULL DEFAULT 'CONCEPT',
    "besluitId" TEXT,
    "ingediendOp" DATE,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Zienswijze_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ZienswijzePoint" (
    "id" TEXT NOT NULL,
    "zienswijzeId" TEXT NOT NULL,
    "nummer" INTEGER NOT NULL,
    "onderwerp" TEXT NOT NULL,
    "articleId" TEXT,
    "tekst" TEXT NOT NULL,
    "antwoord" TEXT,
    "disposition" "Disposition",
    "changedArticleId" TEXT,

    CONSTRAINT "ZienswijzePoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Besluit" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "participantId" TEXT,
    "bodyId" TEXT NOT NULL,
    "meetingId" TEXT,
    "documentVersionId" TEXT NOT NULL,
    "type" "BesluitType" NOT NULL,
    "uitkomst" "BesluitUitkomst" NOT NULL,
    "besluitdatum" DATE NOT NULL,
    "besluitnummer" TEXT,
    "zittingHebbendeLeden" INTEGER,
    "aanwezig" INTEGER,
    "stemmenVoor" INTEGER,
    "stemmenTegen" INTEGER,
    "heropendeVergadering" BOOLEAN NOT NULL DEFAULT false,
    "weigeringsgrond" "WeigeringsGrond",
    "motivering" TEXT,
    "verwachteDatum" DATE,
    "publicatieDatum" DATE,
    "publicatieVindplaats" TEXT,
    "fileId" TEXT,
    "corrigeertId" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Besluit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Motie" (
    "id" TEXT NOT NULL,
    "besluitId" TEXT NOT NULL,
    "soort" "MotieSoort" NOT NULL,
    "titel" TEXT NOT NULL,
    "indiener" TEXT NOT NULL,
    "uitkomst" "MotieUitkomst" NOT NULL,
    "stemmenVoor" INTEGER,
    "stemmenTegen" INTEGER,
    "tekst" TEXT,

    CONSTRAINT "Motie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "mimeType" TEXT NOT NULL,
    "bestandsnaam" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL,
    "gemeenteId" TEXT,
    "oidcSubject" TEXT,
    "actief" BOOLEAN NOT NULL DEFAULT true,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorRole" TEXT NOT NULL,
    "gemeenteId" TEXT,
    "type" TEXT NOT NULL,
    "subjectKind" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "fromState" TEXT,
    "toState" TEXT,
    "payload" JSONB NOT NULL,
    "reason" TEXT,
    "prevHash" TEXT,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" BIGSERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Regio_slug_key" ON "Regio"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Gemeente_slug_key" ON "Gemeente"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Gemeente_cbsCode_key" ON "Gemeente"("cbsCode");

-- CreateIndex
CREATE INDEX "Body_regioId_idx" ON "Body"("regioId");

-- CreateIndex
CREATE UNIQUE INDEX "Body_gemeenteId_kind_key" ON "Body"("gemeenteId", "kind");

-- CreateIndex
CREATE INDEX "Meeting_date_idx" ON "Meeting"("date");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_bodyId_kind_date_key" ON "Meeting"("bodyId", "kind", "date");

-- CreateIndex
CREATE INDEX "Recess_bodyId_from_idx" ON "Recess"("bodyId", "from");

-- CreateIndex
CREATE UNIQUE INDEX "Regeling_slug_key" ON "Regeling"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Regeling_vervangtId_key" ON "Regeling"("vervangtId");

-- CreateIndex
CREATE INDEX "Participant_gemeenteId_idx" ON "Participant"("gemeenteId");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_regelingId_gemeenteId_key" ON "Participant"("regelingId", "gemeenteId");

-- CreateIndex
CREATE UNIQUE INDEX "Milestone_regelingId_label_key" ON "Milestone"("regelingId", "label");

-- CreateIndex
CREATE UNIQUE INDEX "Document_regelingId_slug_key" ON "Document"("regelingId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentVersion_documentId_number_key" ON "DocumentVersion"("documentId", "number");

-- CreateIndex
CREATE INDEX "Article_versionId_position_idx" ON "Article"("versionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Article_versionId_key_key" ON "Article"("versionId", "key");

-- CreateIndex
CREATE INDEX "Procedure_regelingId_idx" ON "Procedure"("regelingId");

-- CreateIndex
CREATE INDEX "Procedure_documentId_idx" ON "Procedure"("documentId");

-- CreateIndex
CREATE INDEX "Track_participantId_idx" ON "Track"("participantId");

-- CreateIndex
CREATE INDEX "Track_status_idx" ON "Track"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Track_procedureId_participantId_kind_key" ON "Track"("procedureId", "participantId", "kind");

-- CreateIndex
CREATE INDEX "Deadline_dueOn_idx" ON "Deadline"("dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "Deadline_procedureId_trackId_label_key" ON "Deadline"("procedureId", "trackId", "label");

-- CreateIndex
CREATE UNIQUE INDEX "Zienswijze_besluitId_key" ON "Zienswijze"("besluitId");

-- CreateIndex
CREATE INDEX "Zienswijze_procedureId_participantId_idx" ON "Zienswijze"("procedureId", "participantId");

-- CreateIndex
CREATE INDEX "ZienswijzePoint_articleId_idx" ON "ZienswijzePoint"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "ZienswijzePoint_zienswijzeId_nummer_key" ON "ZienswijzePoint"("zienswijzeId", "nummer");

-- CreateIndex
CREATE UNIQUE INDEX "Besluit_corrigeertId_key" ON "Besluit"("corrigeertId");

-- CreateIndex
CREATE INDEX "Besluit_procedureId_participantId_idx" ON "Besluit"("procedureId", "participantId");

-- CreateIndex
CREATE INDEX "Besluit_besluitdatum_idx" ON "Besluit"("besluitdatum");

-- CreateIndex
CREATE INDEX "Motie_besluitId_idx" ON "Motie"("besluitId");

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_storageKey_key" ON "StoredFile"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_oidcSubject_key" ON "User"("oidcSubject");

-- CreateIndex
CREATE INDEX "AuditEvent_subjectKind_subjectId_idx" ON "AuditEvent"("subjectKind", "subjectId");

-- CreateIndex
CREATE INDEX "AuditEvent_gemeenteId_at_idx" ON "AuditEvent"("gemeenteId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_type_at_idx" ON "AuditEvent"("type", "at");

-- CreateIndex
CREATE INDEX "LoginAttempt_key_at_idx" ON "LoginAttempt"("key", "at");

-- AddForeignKey
ALTER TABLE "Body" ADD CONSTRAINT "Body_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Body" ADD CONSTRAINT "Body_regioId_fkey" FOREIGN KEY ("regioId") REFERENCES "Regio"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Body"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recess" ADD CONSTRAINT "Recess_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Body"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Regeling" ADD CONSTRAINT "Regeling_regioId_fkey" FOREIGN KEY ("regioId") REFERENCES "Regio"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Regeling" ADD CONSTRAINT "Regeling_vervangtId_fkey" FOREIGN KEY ("vervangtId") REFERENCES "Regeling"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_regelingId_fkey" FOREIGN KEY ("regelingId") REFERENCES "Regeling"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_regelingId_fkey" FOREIGN KEY ("regelingId") REFERENCES "Regeling"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_regelingId_fkey" FOREIGN KEY ("regelingId") REFERENCES "Regeling"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentVersion" ADD CONSTRAINT "DocumentVersion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "DocumentVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Procedure" ADD CONSTRAINT "Procedure_regelingId_fkey" FOREIGN KEY ("regelingId") REFERENCES "Regeling"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Procedure" ADD CONSTRAINT "Procedure_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Track" ADD CONSTRAINT "Track_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Track" ADD CONSTRAINT "Track_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deadline" ADD CONSTRAINT "Deadline_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deadline" ADD CONSTRAINT "Deadline_trackId_fkey" FOREIGN KEY ("trackId") REFERENCES "Track"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Zienswijze" ADD CONSTRAINT "Zienswijze_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Zienswijze" ADD CONSTRAINT "Zienswijze_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Zienswijze" ADD CONSTRAINT "Zienswijze_documentVersionId_fkey" FOREIGN KEY ("documentVersionId") REFERENCES "DocumentVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Zienswijze" ADD CONSTRAINT "Zienswijze_besluitId_fkey" FOREIGN KEY ("besluitId") REFERENCES "Besluit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ZienswijzePoint" ADD CONSTRAINT "ZienswijzePoint_zienswijzeId_fkey" FOREIGN KEY ("zienswijzeId") REFERENCES "Zienswijze"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ZienswijzePoint" ADD CONSTRAINT "ZienswijzePoint_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ZienswijzePoint" ADD CONSTRAINT "ZienswijzePoint_changedArticleId_fkey" FOREIGN KEY ("changedArticleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Besluit" ADD CONSTRAINT "Besluit_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Besluit" ADD CONSTRAINT "Besluit_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Besluit" ADD CONSTRAINT "Besluit_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Body"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Besluit" ADD CONSTRAINT "Besluit_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Besluit" ADD CONSTRAINT "Besluit_documentVersionId_fkey" FOREIGN KEY ("documentVersionId") REFERENCES "DocumentVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Besluit" ADD CONSTRAINT "Besluit_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Besluit" ADD CONSTRAINT "Besluit_corrigeertId_fkey" FOREIGN KEY ("corrigeertId") REFERENCES "Besluit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Motie" ADD CONSTRAINT "Motie_besluitId_fkey" FOREIGN KEY ("besluitId") REFERENCES "Besluit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE SET NULL ON UPDATE CASCADE;
