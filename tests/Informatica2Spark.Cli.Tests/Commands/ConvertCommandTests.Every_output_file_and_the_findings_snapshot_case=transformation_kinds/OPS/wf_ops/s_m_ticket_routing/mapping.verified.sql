-- mapping.sql of OPS/WF:wf_ops/ST:s_m_ticket_routing: the mapping m_ticket_routing as Spark SQL views, in the order the driver runs them.
-- The driver first reads each source into its view: TICKETS as `TICKETS__read` (for SQ_TICKETS).
-- Then it runs every step, and writes each target__ view to its target. :NAME markers are run-time values the driver binds as literals.

-- step 1: SQ_TICKETS (Source Qualifier): reads TICKETS
CREATE OR REPLACE TEMPORARY VIEW `SQ_TICKETS` AS
  SELECT
    `TICKET_ID` AS `SQ_TICKETS.TICKET_ID`,
    `PRIORITY` AS `SQ_TICKETS.PRIORITY`,
    `TEAM_ID` AS `SQ_TICKETS.TEAM_ID`,
    `MINUTES` AS `SQ_TICKETS.MINUTES`
  FROM `TICKETS__read`;
