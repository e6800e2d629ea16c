-- sorter_nulls: the mapping m_sorter_nulls as Spark SQL views, in the order the driver runs them.
-- The driver first reads each source into its view: EMP as `EMP__read` (for SQ_EMP).
-- Then it runs every step, and writes each target__ view to its target. :NAME markers are run-time values the driver binds as literals.

-- step 1: SQ_EMP (Source Qualifier): reads EMP
CREATE OR REPLACE TEMPORARY VIEW `SQ_EMP` AS
  SELECT
    `ID` AS `SQ_EMP.ID`,
    `NAME` AS `SQ_EMP.NAME`,
    `SALARY` AS `SQ_EMP.SALARY`
  FROM `EMP__read`;

-- step 2: SRT_SALARY (Sorter): sorts by SALARY ascending
CREATE OR REPLACE TEMPORARY VIEW `SRT_SALARY` AS
  SELECT
    *
  FROM (
    SELECT
      `SQ_EMP.ID` AS `SRT_SALARY.ID`,
      `SQ_EMP.NAME` AS `SRT_SALARY.NAME`,
      `SQ_EMP.SALARY` AS `SRT_SALARY.SALARY`
    FROM `SQ_EMP`
  ) `projected`
  ORDER BY `SRT_SALARY.SALARY` ASC NULLS LAST;

-- step 3: SRT_NAME (Sorter): keeps distinct rows, sorts by NAME descending
CREATE OR REPLACE TEMPORARY VIEW `SRT_NAME` AS
  SELECT
    *
  FROM (
    SELECT DISTINCT
      `SQ_EMP.ID` AS `SRT_NAME.ID`,
      `SQ_EMP.NAME` AS `SRT_NAME.NAME`,
      `SQ_EMP.SALARY` AS `SRT_NAME.SALARY`
    FROM `SQ_EMP`
  ) `projected`
  ORDER BY `SRT_NAME.NAME` DESC NULLS FIRST;

-- step 4: T_BY_SALARY (Target): the rows it loads, one column per target field
CREATE OR REPLACE TEMPORARY VIEW `target__T_BY_SALARY` AS
  SELECT
    `SRT_SALARY.ID` AS `ID`,
    `SRT_SALARY.NAME` AS `NAME`,
    `SRT_SALARY.SALARY` AS `SALARY`
  FROM `SRT_SALARY`;

-- step 5: T_BY_NAME (Target): the rows it loads, one column per target field
CREATE OR REPLACE TEMPORARY VIEW `target__T_BY_NAME` AS
  SELECT
    `SRT_NAME.ID` AS `ID`,
    `SRT_NAME.NAME` AS `NAME`,
    `SRT_NAME.SALARY` AS `SALARY`
  FROM `SRT_NAME`;
