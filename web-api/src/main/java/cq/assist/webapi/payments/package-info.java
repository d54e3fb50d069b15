/** District staff: monthly payment rolls, the bank file and the bank's return file. */
package cq.assist.webapi.payments;
