-- union_all: the mapping m_union_all as Spark SQL views, in the order the driver runs them.
-- The driver first reads each source into its view: ITEMS as `ITEMS__read` (for SQ_ITEMS).
-- Then it runs every step, and writes each target__ view to its target. :NAME markers are run-time values the driver binds as literals.

-- step 1: SQ_ITEMS (Source Qualifier): reads ITEMS
CREATE OR REPLACE TEMPORARY VIEW `SQ_ITEMS` AS
  SELECT
    `ID` AS `SQ_ITEMS.ID`,
    `NAME` AS `SQ_ITEMS.NAME`
  FROM `ITEMS__read`;

-- step 2: UN_ITEMS (Custom Transformation): appends the rows of NEW_ITEMS, OLD_ITEMS (UNION ALL, duplicates kept)
CREATE OR REPLACE TEMPORARY VIEW `UN_ITEMS` AS
  SELECT
    `SQ_ITEMS.ID` AS `UN_ITEMS.ID`,
    `SQ_ITEMS.NAME` AS `UN_ITEMS.NAME`
  FROM `SQ_ITEMS`
  UNION ALL
  SELECT
    `SQ_ITEMS.ID` AS `UN_ITEMS.ID`,
    CAST(NULL AS STRING) AS `UN_ITEMS.NAME`
  FROM `SQ_ITEMS`;

-- step 3: T_ITEMS (Target): the rows it loads, one column per target field
CREATE OR REPLACE TEMPORARY VIEW `target__T_ITEMS` AS
  SELECT
    `UN_ITEMS.ID` AS `ID`,
    `UN_ITEMS.NAME` AS `NAME`
  FROM `UN_ITEMS`;
