/**
 * 救助+保险: claims of the 惠民济困保 supplementary medical insurance for households granted 低保 or 特困 with
 * own-paid medical expenses. {@link cq.assist.core.insurance.OfferingInsuranceClaims} offers the claim after
 * the grant; {@link cq.assist.core.insurance.FilingInsuranceClaims} files it through the {@link
 * cq.assist.core.insurance.InsuranceClaims} port once the resident consents; {@link
 * cq.assist.core.insurance.RecordingInsurerAnswers} records the insurer's asynchronous answer and lowers the
 * medical-aid amount still to be decided. {@link cq.assist.core.insurance.RuleBasedInsurer} is the demo
 * stand-in for the insurer (refused outside the demo profile).
 */
package cq.assist.core.insurance;
