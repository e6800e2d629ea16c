-- mapping.sql of FILES/WF:wf_files/ST:s_sales_tab: the mapping m_sales_tab as Spark SQL views, in the order the driver runs them.
-- The driver first reads each source into its view: SALES_TAB as `SALES_TAB__read` (for SQ_SALES_TAB).
-- Then it runs every step, and writes each target__ view to its target. :NAME markers are run-time values the driver binds as literals.

-- step 1: SQ_SALES_TAB (Source Qualifier): reads SALES_TAB
CREATE OR REPLACE TEMPORARY VIEW `SQ_SALES_TAB` AS
  SELECT
    `SALE_ID` AS `SQ_SALES_TAB.SALE_ID`,
    `REGION` AS `SQ_SALES_TAB.REGION`,
    `AMOUNT` AS `SQ_SALES_TAB.AMOUNT`,
    `SOLD_AT` AS `SQ_SALES_TAB.SOLD_AT`
  FROM `SALES_TAB__read`;

-- step 2: SALES_OUT (Target): the rows it loads, one column per target field
CREATE OR REPLACE TEMPORARY VIEW `target__SALES_OUT` AS
  SELECT
    `SQ_SALES_TAB.SALE_ID` AS `SALE_ID`,
    `SQ_SALES_TAB.REGION` AS `REGION`,
    `SQ_SALES_TAB.AMOUNT` AS `AMOUNT`,
    `SQ_SALES_TAB.SOLD_AT` AS `SOLD_AT`
  FROM `SQ_SALES_TAB`;
