// The partner: the kinds of partnership beside its name, and the dialog that sets them.
export { PartnerKinds } from './partner-kinds';
