/** The charity desk: needs with consented fields only, projects with funds, decisions on requests. */
package cq.assist.webapi.charity;
