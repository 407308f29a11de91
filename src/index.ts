/** The Worker's entry: the HTTP app and the chat objects, which live in this script. */
import app from './app';

export default app;
// Every webhook, in any isolate or location, reaches the one object of its chat.
export { ChatRoom } from './channels/chat-room';
