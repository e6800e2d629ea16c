-- mapping.sql of FINANCE/WF:wf_finance/ST:s_m_load_gl: the mapping m_load_gl as Spark SQL views, in the order the driver runs them.
-- The driver first reads each source into its view: GL_ENTRIES as `GL_ENTRIES__read` (for SQ_GL_ENTRIES).
-- Then it runs every step, and writes each target__ view to its target. :NAME markers are run-time values the driver binds as literals.

-- step 1: SQ_GL_ENTRIES (Source Qualifier): reads GL_ENTRIES
CREATE OR REPLACE TEMPORARY VIEW `SQ_GL_ENTRIES` AS
  SELECT
    `ENTRY_ID` AS `SQ_GL_ENTRIES.ENTRY_ID`,
    `ACCOUNT` AS `SQ_GL_ENTRIES.ACCOUNT`,
    `AMOUNT` AS `SQ_GL_ENTRIES.AMOUNT`,
    `POSTED` AS `SQ_GL_ENTRIES.POSTED`
  FROM `GL_ENTRIES__read`;

-- step 2: GL_POSTED (Target): the rows it loads, one column per target field
CREATE OR REPLACE TEMPORARY VIEW `target__GL_POSTED` AS
  SELECT
    `SQ_GL_ENTRIES.ENTRY_ID` AS `ENTRY_ID`,
    `SQ_GL_ENTRIES.ACCOUNT` AS `GL_ACCOUNT`,
    `SQ_GL_ENTRIES.AMOUNT` AS `AMOUNT`
  FROM `SQ_GL_ENTRIES`;
