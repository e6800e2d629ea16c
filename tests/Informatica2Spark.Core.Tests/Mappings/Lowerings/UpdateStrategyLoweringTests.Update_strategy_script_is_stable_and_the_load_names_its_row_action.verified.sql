-- update_strategy_reject: the mapping m_update_strategy_reject as Spark SQL views, in the order the driver runs them.
-- The driver first reads each source into its view: CHANGES as `CHANGES__read` (for SQ_CHANGES).
-- Then it runs every step, and writes each target__ view to its target. :NAME markers are run-time values the driver binds as literals.

-- step 1: SQ_CHANGES (Source Qualifier): reads CHANGES
CREATE OR REPLACE TEMPORARY VIEW `SQ_CHANGES` AS
  SELECT
    `ID` AS `SQ_CHANGES.ID`,
    `CRUD` AS `SQ_CHANGES.CRUD`,
    `NAME` AS `SQ_CHANGES.NAME`
  FROM `CHANGES__read`;

-- step 2: UPD_PEOPLE (Update Strategy): flags each row: IIF(CRUD = 'ADD', DD_INSERT, IIF(CRUD = 'UPDATE', DD_UPDATE, IIF(CRUD = 'DELETE', DD_DELETE, DD_REJECT)))
CREATE OR REPLACE TEMPORARY VIEW `UPD_PEOPLE__actions` AS
  SELECT
    *,
    CASE WHEN `SQ_CHANGES.CRUD` = 'ADD' THEN 0 ELSE CASE WHEN `SQ_CHANGES.CRUD` = 'UPDATE' THEN 1 ELSE CASE WHEN `SQ_CHANGES.CRUD` = 'DELETE' THEN 2 ELSE 3 END END END AS `UPD_PEOPLE.__row_action`
  FROM `SQ_CHANGES`;

-- step 3: UPD_PEOPLE (Update Strategy): marks the rows flagged DD_REJECT
CREATE OR REPLACE TEMPORARY VIEW `UPD_PEOPLE__flagged` AS
  SELECT
    *,
    CASE WHEN `UPD_PEOPLE.__row_action` = 3 THEN 'DD_REJECT' END AS `UPD_PEOPLE.__rejected`
  FROM `UPD_PEOPLE__actions`;

-- step 4: UPD_PEOPLE (Update Strategy): the rows with a row error, counted and kept apart
CREATE OR REPLACE TEMPORARY VIEW `UPD_PEOPLE__rejects` AS
  SELECT
    *
  FROM `UPD_PEOPLE__flagged`
  WHERE `UPD_PEOPLE.__rejected` IS NOT NULL;

-- step 5: UPD_PEOPLE (Update Strategy): keeps the rows not rejected
CREATE OR REPLACE TEMPORARY VIEW `UPD_PEOPLE` AS
  SELECT
    *
  FROM `UPD_PEOPLE__flagged`
  WHERE `UPD_PEOPLE.__rejected` IS NULL;

-- step 6: T_PEOPLE (Target): the rows it loads, one column per target field
CREATE OR REPLACE TEMPORARY VIEW `target__T_PEOPLE` AS
  SELECT
    `SQ_CHANGES.ID` AS `ID`,
    `SQ_CHANGES.NAME` AS `NAME`,
    `UPD_PEOPLE.__row_action` AS `I2S_ROW_ACTION`
  FROM `UPD_PEOPLE`;
